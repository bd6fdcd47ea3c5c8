import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { CredentialKind } from '../../common/enums';
import { CareerWithCredential, Credential, Organization } from '../graph-model/credential.type';
import { ISSUER, type CredentialContext } from './credential.loaders';
import { prefetchedOr } from '../shared/prefetched';
import { FanOut } from '../shared/fan-out';

/**
 * The root as these resolvers read it. A type, not the Credential class: for a class root
 * type-graphql copies the object into a new instance on every field, and the copy would lose what
 * a look-ahead attached to the original (see shared/prefetched.ts), besides costing an allocation.
 */
type CredentialRoot = Pick<Credential, 'id'>;

@Resolver(() => Credential)
export class CredentialResolver {
  @Query(() => [Credential], { description: 'Every credential, by name.' })
  @FanOut(65)
  credentials(
    @Ctx() { repos }: CredentialContext,
    @Arg('kind', () => CredentialKind, {
      nullable: true,
      description: 'Only credentials of this kind.',
    })
    kind?: CredentialKind,
  ): Promise<Credential[]> {
    return repos.credentials.all(kind ?? null);
  }

  @Query(() => Credential, {
    nullable: true,
    description: 'One credential by id; null when there is none.',
  })
  credential(
    @Arg('id', () => ID, { description: 'Credential id, e.g. `rhit`.' }) id: string,
    @Ctx() { loaders }: CredentialContext,
  ): Promise<Credential | null> {
    return loaders.credentialById.load(id);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'Who issues it; null for state licenses, which each state issues.',
  })
  issuer(
    @Root() c: CredentialRoot,
    @Ctx() { loaders }: CredentialContext,
  ): Organization | null | Promise<Organization | null> {
    return prefetchedOr(c, ISSUER, () => loaders.issuer.load(c.id));
  }

  @FieldResolver(() => [CareerWithCredential], {
    description: 'Careers linked to this credential, with how much each asks for it.',
  })
  @FanOut(30)
  careers(
    @Root() c: CredentialRoot,
    @Ctx() { loaders }: CredentialContext,
  ): Promise<CareerWithCredential[]> {
    return loaders.credentialCareers.load(c.id);
  }
}
