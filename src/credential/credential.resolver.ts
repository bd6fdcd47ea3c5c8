import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { CredentialKind } from '../common/enums';
import { CareerWithCredential, Credential, Organization } from './credential.type';

@Resolver(() => Credential)
export class CredentialResolver {
  @Query(() => [Credential], { description: 'Every credential, by name.' })
  credentials(
    @Ctx() { repos }: Context,
    @Arg('kind', () => CredentialKind, {
      nullable: true,
      description: 'Only credentials of this kind.',
    })
    kind?: CredentialKind,
  ): Promise<Credential[]> {
    return repos.catalog.credentials(kind ?? null);
  }

  @Query(() => Credential, {
    nullable: true,
    description: 'One credential by id; null when there is none.',
  })
  credential(
    @Arg('id', () => ID, { description: 'Credential id, e.g. `rhit`.' }) id: string,
    @Ctx() { loaders }: Context,
  ): Promise<Credential | null> {
    return loaders.credentialById.load(id);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'Who issues it; null for state licenses, which each state issues.',
  })
  issuer(@Root() c: Credential, @Ctx() { loaders }: Context): Promise<Organization | null> {
    return loaders.issuer.load(c.id);
  }

  @FieldResolver(() => [CareerWithCredential], {
    description: 'Careers linked to this credential, with how much each asks for it.',
  })
  careers(@Root() c: Credential, @Ctx() { loaders }: Context): Promise<CareerWithCredential[]> {
    return loaders.credentialCareers.load(c.id);
  }
}
