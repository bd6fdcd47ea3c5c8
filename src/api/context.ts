import type { QueryBudget, QueryRunner } from '../db/query-runner';
import type { CypherTrace } from './cypher-trace/cypher-trace';
import { careerLoaders, type CareerContext } from './career/career.loaders';
import { careerRepository } from './career/career.repository';
import { credentialLoaders, type CredentialContext } from './credential/credential.loaders';
import { credentialRepository } from './credential/credential.repository';
import { educationLoaders, type EducationContext } from './education/education.loaders';
import { educationRepository } from './education/education.repository';
import { exploreRepository, type ExploreContext } from './explore/explore.repository';
import { stepFactsLoaders } from './explore/step-facts.loaders';
import { careerMovesRepository, type CareerMovesContext } from './explore/career-moves.repository';
import { facetsRepository, type FacetsContext } from './facets/facets.repository';
import { searchRepository, type SearchContext } from './search/search.repository';
import { settingLoaders, type SettingContext } from './setting/setting.loaders';
import { settingRepository } from './setting/setting.repository';
import { StatsCache } from './stats/stats-cache';
import { statsRepository, type StatsContext } from './stats/stats.repository';
import { traitLoaders, type TraitContext } from './trait/trait.loaders';
import { traitRepository } from './trait/trait.repository';

/**
 * What a server's requests share: caches whose entries name the graph version they hold (see
 * StatsCache). A context built without one (tests, scripts) gets its own, so nothing outlives it.
 */
export interface SharedCaches {
  stats: StatsCache;
}

export function createSharedCaches(): SharedCaches {
  return { stats: new StatsCache() };
}

/**
 * List reads, over one request's runner (they hold nothing else, so they cost a few closures);
 * the careers page reads its lists ahead through the request's own look-ahead loaders.
 */
export function createRepositories(
  runner: QueryRunner,
  caches: SharedCaches,
  loaders: Pick<Loaders, 'careerWithRelations' | 'stepFacts' | 'credentialById'>,
) {
  return {
    careers: careerRepository(runner, loaders.careerWithRelations),
    settings: settingRepository(runner),
    credentials: credentialRepository(runner),
    traits: traitRepository(runner),
    educationLevels: educationRepository(runner),
    explore: exploreRepository(runner, loaders),
    moves: careerMovesRepository(runner),
    facets: facetsRepository(runner),
    search: searchRepository(runner),
    stats: statsRepository(runner, caches.stats),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

/**
 * Loaders for one request. Built fresh in the context factory, so caching never outlives the
 * request; every field resolver that reads the database goes through one of these.
 */
export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(runner: QueryRunner) {
  return {
    ...careerLoaders(runner),
    ...settingLoaders(runner),
    ...credentialLoaders(runner),
    ...traitLoaders(runner),
    ...educationLoaders(runner),
    ...stepFactsLoaders(runner),
  };
}

/**
 * Every concept's slice of the context at once; each resolver names only the slice it reads.
 * `budget` is the request's (see QueryBudget), read by the request limits; `trace` is set only
 * when the request asked for one (see cypher-trace.ts), and is the one its runner reports to.
 */
export type Context = { budget?: QueryBudget; trace?: CypherTrace } & CareerContext &
  SettingContext &
  CredentialContext &
  TraitContext &
  EducationContext &
  ExploreContext &
  CareerMovesContext &
  FacetsContext &
  SearchContext &
  StatsContext;

/**
 * One request's context. Its loaders and repositories read through `runner`: for an HTTP request
 * a runner bound to the request's budget, so all its queries stop when the request is abandoned.
 */
export function createContext(
  runner: QueryRunner,
  caches: SharedCaches = createSharedCaches(),
  trace?: CypherTrace,
): Context {
  const loaders = createLoaders(runner);
  return {
    loaders,
    repos: createRepositories(runner, caches, loaders),
    ...(runner.budget && { budget: runner.budget }),
    ...(trace && { trace }),
  };
}
