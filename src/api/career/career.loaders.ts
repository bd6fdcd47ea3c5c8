import type DataLoader from 'dataloader';
import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import { listLoader, loaderPerArgs, singleLoader } from '../shared/loaders';
import type { CareerRecord } from '../graph-model/career.type';
import type {
  AdvancementRecord,
  CareerFamily,
  IndustryPay,
  PayRank,
} from '../graph-model/career-relations.type';
import type { PeerGroup } from '../../common/enums';
import type { EducationLevel, EducationOption } from '../graph-model/education-level.type';
import type { CareerRepository } from './career.repository';
import { careerBundleLoader } from './career-bundle';
import { SIMILAR, type CareerListField, type CareerListOf } from './career-lists';
import { ONLY_SIMILAR, onlyList, type CareerProjection } from './career-projection';
import { prefetched, prefetchedOr, type PrefetchKey } from '../shared/prefetched';

const Q = {
  careersBySlug: cypher('api/careers-by-slug'),
  entryEducation: cypher('api/career-entry-education'),
  educationOptions: cypher('api/career-education-options'),
  advancesTo: cypher('api/career-advances-to'),
  advancesFrom: cypher('api/career-advances-from'),
  family: cypher('api/career-family'),
  industryPay: cypher('api/career-industry-pay'),
  payRank: cypher('api/career-pay-rank'),
};

/** What the look-ahead attached to `career` under `key`: none for a career that is not there. */
const attached = <T>(career: CareerRecord | null, key: PrefetchKey<T[]>): T[] =>
  career ? (prefetched(career, key)?.value ?? []) : [];

/** Per-request loaders of a career and of what hangs off it, keyed by career slug. */
export function careerLoaders(runner: QueryRunner) {
  const careerBySlug = singleLoader<CareerRecord>(runner, Q.careersBySlug);
  /**
   * Careers with the properties and nested lists a selection asks for, in one statement, one
   * loader per projection (see career-bundle).
   */
  const careerWithRelations = loaderPerArgs((projection: CareerProjection) =>
    careerBundleLoader(runner, projection),
  );
  // A list's own loader is the look-ahead statement asked for that list alone: one order and one
  // decoding per list (career-lists.ts). Careers that ask in the same tick share its batch. Kept
  // by field here, so a call does not build and key the projection again (loaderPerArgs would).
  const lists = new Map<CareerListField, DataLoader<string, CareerRecord | null>>();
  const ownList = async <T>(list: CareerListOf<T>, slug: string): Promise<T[]> => {
    let loader = lists.get(list.field);
    if (!loader) {
      loader = careerWithRelations(onlyList(list.field));
      lists.set(list.field, loader);
    }
    return attached(await loader.load(slug), list.key);
  };
  // Made on first use: every request builds these loaders, and most never need this one.
  let similarLoader: DataLoader<string, CareerRecord | null> | undefined;
  return {
    careerBySlug,
    careerWithRelations,
    /** A career's list: what its look-ahead fetched, or else the list's own loader. */
    list: <T>(career: CareerRecord, list: CareerListOf<T>): T[] | Promise<T[]> =>
      prefetchedOr(career, list.key, () => ownList(list, career.slug)),
    /** A career's list by slug, through the list's own loader. */
    listBySlug: ownList,
    /**
     * A career's similar occupations: what its look-ahead fetched, or else whole careers, which
     * also prime `careerBySlug` (a later lookup of one in this request costs nothing).
     */
    similarOccupations: (career: CareerRecord): CareerRecord[] | Promise<CareerRecord[]> =>
      prefetchedOr(career, SIMILAR.key, async () => {
        similarLoader ??= careerWithRelations(ONLY_SIMILAR);
        const similar = attached(await similarLoader.load(career.slug), SIMILAR.key);
        // Whole careers (ONLY_SIMILAR reads every property), so they may serve careerBySlug.
        for (const c of similar) careerBySlug.prime(c.slug, c);
        return similar;
      }),
    entryEducation: singleLoader<EducationLevel>(runner, Q.entryEducation),
    educationOptions: listLoader<EducationOption>(runner, Q.educationOptions),
    advancesTo: listLoader<AdvancementRecord>(runner, Q.advancesTo),
    advancesFrom: listLoader<AdvancementRecord>(runner, Q.advancesFrom),
    family: singleLoader<CareerFamily>(runner, Q.family),
    industryPay: listLoader<IndustryPay>(runner, Q.industryPay),
    payRank: loaderPerArgs((args: { peerGroup: PeerGroup }) =>
      singleLoader<PayRank>(runner, Q.payRank, args),
    ),
  };
}

export type CareerLoaders = ReturnType<typeof careerLoaders>;

/** What the career resolvers read from a request's context. */
export interface CareerContext {
  loaders: CareerLoaders;
  repos: { careers: CareerRepository };
}
