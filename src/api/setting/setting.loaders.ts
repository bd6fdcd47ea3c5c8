import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import { listLoader, loaderPerArgs, singleLoader } from '../shared/loaders';
import type { Setting, SettingCareer } from '../graph-model/setting.type';
import type { SettingRepository } from './setting.repository';

const Q = {
  settingsById: cypher('api/settings-by-id'),
  settingCareers: cypher('api/setting-careers'),
  settingCareerCounts: cypher('api/setting-career-counts'),
};

/** Per-request loaders keyed by setting id. */
export function settingLoaders(runner: QueryRunner) {
  return {
    settingById: singleLoader<Setting>(runner, Q.settingsById),
    settingCareerCount: singleLoader<number>(runner, Q.settingCareerCounts),
    settingCareers: loaderPerArgs((args: { limit: number; minSharePct: number | null }) =>
      listLoader<SettingCareer>(runner, Q.settingCareers, args),
    ),
  };
}

export type SettingLoaders = ReturnType<typeof settingLoaders>;

/** What the setting resolvers read from a request's context. */
export interface SettingContext {
  loaders: SettingLoaders;
  repos: { settings: SettingRepository };
}
