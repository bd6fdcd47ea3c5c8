import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import { listLoader, loaderPerArgs, sharedCareerListLoader, singleLoader } from '../shared/loaders';
import type { CareerRecord } from '../graph-model/career.type';
import type {
  AdvancementRecord,
  CareerFamily,
  IndustryPay,
  PayRank,
  PeerGroup,
} from '../graph-model/career-relations.type';
import type { EducationLevel, EducationOption } from '../graph-model/education-level.type';
import type { CareerSetting } from '../graph-model/setting.type';
import type { CareerCredential } from '../graph-model/credential.type';
import type { Trait } from '../graph-model/trait.type';
import type { Source } from '../graph-model/source.type';
import type { CareerRepository } from './career.repository';

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
  return {
    careerBySlug,
    entryEducation: singleLoader<EducationLevel>(runner, Q.entryEducation),
    educationOptions: listLoader<EducationOption>(runner, Q.educationOptions),
    settings: listLoader<CareerSetting>(runner, Q.settings),
    credentials: listLoader<CareerCredential>(runner, Q.credentials),
    traits: listLoader<Trait>(runner, Q.traits),
    sources: listLoader<Source>(runner, Q.sources),
    similarOccupations: sharedCareerListLoader(runner, Q.similar, careerBySlug),
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
