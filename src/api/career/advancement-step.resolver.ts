import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
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
} from '../graph-model/career-relations.type';
import { loadCredentials, type CredentialLoaders } from '../credential/credential.loaders';
import { loadEducation, type EducationLoaders } from '../education/education.loaders';
import { addsOf, type StatedStep, type StepFactsLoaders } from '../explore/step-facts.loaders';
import { PathStep } from '../explore/explore.type';
import { FanOut } from '../shared/fan-out';

/**
 * A step between careers (an advancement as a source states it, or a step of a path) resolves
 * what it adds by the step rule (explore/step-adds.ts) over both careers' facts, then its
 * credentials and education through their loaders.
 */
interface StepContext {
  loaders: CredentialLoaders & EducationLoaders & StepFactsLoaders;
}

/**
 * The field resolvers of one step type. AdvancementStep and PathStep answer the same four fields
 * by the same rule, so both are made here (type-graphql binds a resolver class to one type).
 */
function stepAddsResolver(stepType: ClassType) {
  @Resolver(() => stepType)
  class StepAddsResolver {
    @FieldResolver(() => [Credential], { description: STEP_CREDENTIALS_DESCRIPTION })
    async credentials(
      @Root() step: StatedStep,
      @Ctx() { loaders }: StepContext,
    ): Promise<Credential[]> {
      return loadCredentials(loaders, (await addsOf(step, loaders)).credentialIds);
    }

    @FieldResolver(() => EducationLevel, {
      nullable: true,
      description: STEP_EDUCATION_DESCRIPTION,
    })
    async education(
      @Root() step: StatedStep,
      @Ctx() { loaders }: StepContext,
    ): Promise<EducationLevel | null> {
      return loadEducation(loaders, (await addsOf(step, loaders)).educationCode);
    }

    @FieldResolver(() => Boolean, { description: STEP_DERIVED_DESCRIPTION })
    async derived(@Root() step: StatedStep, @Ctx() { loaders }: StepContext): Promise<boolean> {
      return (await addsOf(step, loaders)).derived;
    }

    @FieldResolver(() => [DerivedFact], { description: STEP_DERIVED_FROM_DESCRIPTION })
    @FanOut(STEP_DERIVED_FROM_FAN_OUT)
    async derivedFrom(
      @Root() step: StatedStep,
      @Ctx() { loaders }: StepContext,
    ): Promise<DerivedFact[]> {
      return (await addsOf(step, loaders)).derivedFrom;
    }
  }
  return StepAddsResolver;
}

export const AdvancementStepResolver = stepAddsResolver(AdvancementStep);
export const PathStepResolver = stepAddsResolver(PathStep);
