import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import type { CredentialKind } from '../../common/enums';
import { readItems } from '../shared/loaders';
import type { Credential } from '../graph-model/credential.type';

const ALL = cypher('api/credentials-all');

/** Credential reads that are not per-parent lookups (those go through loaders). */
export function credentialRepository(runner: QueryRunner) {
  return {
    all: (kind: CredentialKind | null): Promise<Credential[]> =>
      readItems<Credential>(runner, ALL, { kind }),
  };
}

export type CredentialRepository = ReturnType<typeof credentialRepository>;
