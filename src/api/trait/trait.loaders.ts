import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import { listLoader, singleLoader } from '../shared/loaders';
import type { CareerRecord } from '../graph-model/career.type';
import type { Trait } from '../graph-model/trait.type';
import type { TraitRepository } from './trait.repository';

const Q = {
  traitsById: cypher('api/traits-by-id'),
  traitCareers: cypher('api/trait-careers'),
  traitCareerCounts: cypher('api/trait-career-counts'),
};

/** Per-request loaders keyed by trait id. */
export function traitLoaders(runner: QueryRunner) {
  return {
    traitById: singleLoader<Trait>(runner, Q.traitsById),
    traitCareerCount: singleLoader<number>(runner, Q.traitCareerCounts),
    traitCareers: listLoader<CareerRecord>(runner, Q.traitCareers),
  };
}

export type TraitLoaders = ReturnType<typeof traitLoaders>;

/** What the trait resolvers read from a request's context. */
export interface TraitContext {
  loaders: TraitLoaders;
  repos: { traits: TraitRepository };
}
