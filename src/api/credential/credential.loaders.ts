import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import { listLoader, singleLoader } from '../shared/loaders';
import { prefetchKey } from '../shared/prefetched';
import type {
  CareerWithCredential,
  Credential,
  Organization,
} from '../graph-model/credential.type';
import type { CredentialRepository } from './credential.repository';

const Q = {
  credentialsById: cypher('api/credentials-by-id'),
  issuers: cypher('api/credential-issuers'),
  credentialCareers: cypher('api/credential-careers'),
};

/** A credential's issuer, when a career's look-ahead fetched it with the credential. */
export const ISSUER = prefetchKey<Organization | null>('Credential.issuer');

/** Per-request loaders keyed by credential id. */
export function credentialLoaders(runner: QueryRunner) {
  return {
    credentialById: singleLoader<Credential>(runner, Q.credentialsById),
    issuer: singleLoader<Organization>(runner, Q.issuers),
    credentialCareers: listLoader<CareerWithCredential>(runner, Q.credentialCareers),
  };
}

export type CredentialLoaders = ReturnType<typeof credentialLoaders>;

/** What the credential resolvers read from a request's context. */
export interface CredentialContext {
  loaders: CredentialLoaders;
  repos: { credentials: CredentialRepository };
}

/** Credentials by id, in the given order; a failed batch fails the field rather than hiding it. */
export async function loadCredentials(
  loaders: Pick<CredentialLoaders, 'credentialById'>,
  ids: string[] | null,
): Promise<Credential[]> {
  const found = await loaders.credentialById.loadMany(ids ?? []);
  const failure = found.find((c) => c instanceof Error);
  if (failure) throw failure;
  return found.filter((c): c is Credential => c !== null && !(c instanceof Error));
}
