import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import { readItems } from '../shared/loaders';
import type { Setting } from '../graph-model/setting.type';

const ALL = cypher('api/settings-all');

/** Setting reads that are not per-parent lookups (those go through loaders). */
export function settingRepository(runner: QueryRunner) {
  return {
    all: (): Promise<Setting[]> => readItems<Setting>(runner, ALL),
  };
}

export type SettingRepository = ReturnType<typeof settingRepository>;
