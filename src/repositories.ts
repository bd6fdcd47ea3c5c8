import type { QueryRunner } from './db/query-runner';
import { CareerRepository } from './career/career.repository';
import { CatalogRepository } from './catalog/catalog.repository';
import { ExploreRepository } from './explore/explore.repository';
import { SearchRepository } from './search/search.repository';
import { StatsRepository } from './stats/stats.repository';

/** Stateless data-access objects over the one query runner, shared by all requests. */
export function createRepositories(runner: QueryRunner) {
  return {
    careers: new CareerRepository(runner),
    catalog: new CatalogRepository(runner),
    explore: new ExploreRepository(runner),
    search: new SearchRepository(runner),
    stats: new StatsRepository(runner),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
