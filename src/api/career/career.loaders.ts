import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import { listLoader, loaderPerArgs, sharedCareerListLoader, singleLoader } from '../shared/loaders';
import type { CareerRecord } from '../graph-model/career.type';
import type {
  AdvancementRecord,
  CareerFamily,
  IndustryPay,
  PayRank,
} from '../graph-model/career-relations.type';
import type { PeerGroup } from '../../common/enums';
import type { EducationLevel, EducationOption } from '../graph-model/education-level.type';
import type { CareerSetting, Setting } from '../graph-model/setting.type';
import type { CareerCredential } from '../graph-model/credential.type';
import type { Trait } from '../graph-model/trait.type';
import type { Source } from '../graph-model/source.type';
import type { CareerRepository } from './career.repository';
import { careerBundleLoader } from './career-bundle';
import {
  ALL_SETTING_SHARE_FIELDS,
  groupSettingShares,
  toCareerSetting,
  type WorksInEdge,
} from './setting-shares';
import type { CareerProjection } from './career-projection';

const Q = {
  careersBySlug: cypher('api/careers-by-slug'),
  entryEducation: cypher('api/career-entry-education'),
  educationOptions: cypher('api/career-education-options'),
  settings: cypher('api/career-settings'),
  credentials: cypher('api/career-credentials'),
  traits: cypher('api/career-traits'),
  sources: cypher('api/career-sources'),
  similar: cypher('api/career-similar'),
  advancesTo: cypher('api/career-advances-to'),
  advancesFrom: cypher('api/career-advances-from'),
  family: cypher('api/career-family'),
  industryPay: cypher('api/career-industry-pay'),
  payRank: cypher('api/career-pay-rank'),
};

/** Per-request loaders of a career and of what hangs off it, keyed by career slug. */
export function careerLoaders(runner: QueryRunner) {
  const careerBySlug = singleLoader<CareerRecord>(runner, Q.careersBySlug);
  const settings = listLoader<CareerSetting>(runner, Q.settings, {}, (edges) =>
    groupSettingShares(edges as Array<WorksInEdge<Setting>>).map((group) =>
      toCareerSetting(group, ALL_SETTING_SHARE_FIELDS),
    ),
  );
  const credentials = listLoader<CareerCredential>(runner, Q.credentials);
  const traits = listLoader<Trait>(runner, Q.traits);
  const sources = listLoader<Source>(runner, Q.sources);
  const similarOccupations = sharedCareerListLoader(runner, Q.similar, careerBySlug);
  return {
    careerBySlug,
    /**
     * Careers with the properties and nested lists a selection asks for, in one statement, one
     * loader per projection (see career-bundle).
     */
    careerWithRelations: loaderPerArgs((projection: CareerProjection) =>
      careerBundleLoader(runner, projection),
    ),
    entryEducation: singleLoader<EducationLevel>(runner, Q.entryEducation),
    educationOptions: listLoader<EducationOption>(runner, Q.educationOptions),
    settings,
    credentials,
    traits,
    sources,
    similarOccupations,
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
