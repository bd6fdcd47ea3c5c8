import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import type { TraitKind } from '../../common/enums';
import { readItems } from '../shared/loaders';
import type { Trait } from '../graph-model/trait.type';

const ALL = cypher('api/traits-all');

/** Trait reads that are not per-parent lookups (those go through loaders). */
export function traitRepository(runner: QueryRunner) {
  return {
    all: (kind: TraitKind | null): Promise<Trait[]> => readItems<Trait>(runner, ALL, { kind }),
  };
}

export type TraitRepository = ReturnType<typeof traitRepository>;
