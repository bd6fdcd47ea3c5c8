import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EducationLevel } from '../graph-model/education-level.type';
import { Credential } from '../graph-model/credential.type';
import {
  AdvancementStep,
  DerivedFact,
  STEP_CREDENTIALS_DESCRIPTION,
  STEP_DERIVED_DESCRIPTION,
  STEP_DERIVED_FROM_DESCRIPTION,
  STEP_DERIVED_FROM_FAN_OUT,
  STEP_EDUCATION_DESCRIPTION,
  type AdvancementRecord,
} from '../graph-model/career-relations.type';
import { loadCredentials, type CredentialLoaders } from '../credential/credential.loaders';
import { loadEducation, type EducationLoaders } from '../education/education.loaders';
import { addsOf, type StepFactsLoaders } from '../explore/step-facts.loaders';
import { FanOut } from '../shared/fan-out';

/**
 * An advancement step resolves what it adds by the step rule (explore/step-adds.ts) over both
 * careers' facts, then its credentials and education through their loaders.
 */
interface AdvancementStepContext {
  loaders: CredentialLoaders & EducationLoaders & StepFactsLoaders;
}

@Resolver(() => AdvancementStep)
export class AdvancementStepResolver {
  @FieldResolver(() => [Credential], { description: STEP_CREDENTIALS_DESCRIPTION })
  async credentials(
    @Root() step: AdvancementRecord,
    @Ctx() { loaders }: AdvancementStepContext,
  ): Promise<Credential[]> {
    return loadCredentials(loaders, (await addsOf(step, loaders)).credentialIds);
  }

  @FieldResolver(() => EducationLevel, { nullable: true, description: STEP_EDUCATION_DESCRIPTION })
  async education(
    @Root() step: AdvancementRecord,
    @Ctx() { loaders }: AdvancementStepContext,
  ): Promise<EducationLevel | null> {
    return loadEducation(loaders, (await addsOf(step, loaders)).educationCode);
  }

  @FieldResolver(() => Boolean, { description: STEP_DERIVED_DESCRIPTION })
  async derived(
    @Root() step: AdvancementRecord,
    @Ctx() { loaders }: AdvancementStepContext,
  ): Promise<boolean> {
    return (await addsOf(step, loaders)).derived;
  }

  @FieldResolver(() => [DerivedFact], { description: STEP_DERIVED_FROM_DESCRIPTION })
  @FanOut(STEP_DERIVED_FROM_FAN_OUT)
  async derivedFrom(
    @Root() step: AdvancementRecord,
    @Ctx() { loaders }: AdvancementStepContext,
  ): Promise<DerivedFact[]> {
    return (await addsOf(step, loaders)).derivedFrom;
  }
}
