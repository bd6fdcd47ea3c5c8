import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import { fromValues } from '../career/career-projection';
import type { EducationLevel } from '../graph-model/education-level.type';
import type { Setting } from '../graph-model/setting.type';
import type { GraphStats } from './stats.type';

const STATS = cypher('api/stats');

/**
 * Which of the costlier aggregates a request selects: for the two that name levels or settings,
 * the properties of those to read (whitelisted, identity first), or null when not selected.
 */
export type StatsIncludes = {
  byEducation: string[] | null;
  perSetting: string[] | null;
  perLicensure: boolean;
};

type Row<K extends string, T> = Omit<T, K> & Record<K, unknown[]>;

/** Aggregates over the whole graph. */
export function statsRepository(runner: QueryRunner) {
  return {
    /** The aggregates `include` asks for (the others come back empty), in one query. */
    async stats(include: StatsIncludes): Promise<GraphStats> {
      const [row] = await runner.read(STATS, { include });
      if (!row) throw new Error('stats query returned no row');
      const byEducation = row.byEducation as Array<
        Row<'level', GraphStats['medianPayByEntryEducation'][number]>
      >;
      const perSetting = row.perSetting as Array<
        Row<'setting', GraphStats['careersPerSetting'][number]>
      >;
      return {
        careerCount: Number(row.careerCount),
        medianPayByEntryEducation: byEducation.map(({ level, ...figures }) => ({
          ...figures,
          level: fromValues<EducationLevel>(include.byEducation ?? [], level),
        })),
        careersPerSetting: perSetting.map(({ setting, count }) => ({
          count,
          setting: fromValues<Setting>(include.perSetting ?? [], setting),
        })),
        careersPerLicensure: row.perLicensure as GraphStats['careersPerLicensure'],
      };
    },
  };
}

export type StatsRepository = ReturnType<typeof statsRepository>;

/** What the stats resolver reads from a request's context. */
export interface StatsContext {
  repos: { stats: StatsRepository };
}
