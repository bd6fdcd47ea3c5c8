import { cypher } from './db/cypher';
import {
  listLoader,
  loaderPerArgs,
  sharedCareerListLoader,
  singleLoader,
} from './db/batch-loaders';
import type { QueryRunner } from './db/query-runner';
import type { CareerRecord } from './career/career.type';
import type {
  AdvancementRecord,
  CareerFamily,
  IndustryPay,
  PayRank,
} from './career/career-relations.type';
import type { EducationLevel, EducationOption } from './education/education-level.type';
import type { CareerSetting, Setting, SettingCareer } from './setting/setting.type';
import type {
  CareerCredential,
  CareerWithCredential,
  Credential,
  Organization,
} from './credential/credential.type';
import type { Trait } from './trait/trait.type';
import type { Source } from './source/source.type';
import type { PeerGroup } from './career/career-relations.type';
import { createRepositories, type Repositories } from './repositories';

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
  issuers: cypher('api/credential-issuers'),
  credentialsById: cypher('api/credentials-by-id'),
  educationByCode: cypher('api/education-levels-by-code'),
  settingsById: cypher('api/settings-by-id'),
  settingCareers: cypher('api/setting-careers'),
  traitsById: cypher('api/traits-by-id'),
  traitCareers: cypher('api/trait-careers'),
  credentialCareers: cypher('api/credential-careers'),
  educationLevelCareers: cypher('api/education-level-careers'),
  settingCareerCounts: cypher('api/setting-career-counts'),
  traitCareerCounts: cypher('api/trait-career-counts'),
};

/**
 * Loaders for one request. Built fresh in the context factory, so caching never outlives the
 * request; every field resolver that reads the database goes through one of these.
 */
export function createLoaders(runner: QueryRunner) {
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
    issuer: singleLoader<Organization>(runner, Q.issuers),
    credentialById: singleLoader<Credential>(runner, Q.credentialsById),
    educationByCode: singleLoader<EducationLevel>(runner, Q.educationByCode),
    settingById: singleLoader<Setting>(runner, Q.settingsById),
    traitById: singleLoader<Trait>(runner, Q.traitsById),
    settingCareerCount: singleLoader<number>(runner, Q.settingCareerCounts),
    traitCareerCount: singleLoader<number>(runner, Q.traitCareerCounts),
    traitCareers: listLoader<CareerRecord>(runner, Q.traitCareers),
    credentialCareers: listLoader<CareerWithCredential>(runner, Q.credentialCareers),
    educationLevelCareers: listLoader<CareerRecord>(runner, Q.educationLevelCareers),
    settingCareers: loaderPerArgs((args: { limit: number; minSharePct: number | null }) =>
      listLoader<SettingCareer>(runner, Q.settingCareers, args),
    ),
    payRank: loaderPerArgs((args: { peerGroup: PeerGroup }) =>
      singleLoader<PayRank>(runner, Q.payRank, args),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  loaders: Loaders;
  repos: Repositories;
}

export function createContext(
  runner: QueryRunner,
  repos: Repositories = createRepositories(runner),
): Context {
  return { loaders: createLoaders(runner), repos };
}
