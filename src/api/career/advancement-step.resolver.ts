import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EducationLevel } from '../graph-model/education-level.type';
import { Credential } from '../graph-model/credential.type';
import { AdvancementStep, type AdvancementRecord } from '../graph-model/career-relations.type';
import { loadCredentials, type CredentialLoaders } from '../credential/credential.loaders';
import { loadEducation, type EducationLoaders } from '../education/education.loaders';

/** An advancement step resolves what it needs through the credential and education loaders. */
interface AdvancementStepContext {
  loaders: CredentialLoaders & EducationLoaders;
}

@Resolver(() => AdvancementStep)
export class AdvancementStepResolver {
  @FieldResolver(() => [Credential], { description: 'Credentials the step needs.' })
  credentials(
    @Root() step: AdvancementRecord,
    @Ctx() { loaders }: AdvancementStepContext,
  ): Promise<Credential[]> {
    return loadCredentials(loaders, step.credentialIds);
  }

  @FieldResolver(() => EducationLevel, {
    nullable: true,
    description: 'Education the step needs, if stated.',
  })
  education(
    @Root() step: AdvancementRecord,
    @Ctx() { loaders }: AdvancementStepContext,
  ): Promise<EducationLevel | null> {
    return loadEducation(loaders, step.educationCode);
  }
}
