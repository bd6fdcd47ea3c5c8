import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import type { GraphStats } from './stats.type';

const STATS = cypher('api/stats');

/** Which of the costlier aggregates a request selects. */
export type StatsIncludes = { byEducation: boolean; perSetting: boolean; perLicensure: boolean };

/** Aggregates over the whole graph. */
export function statsRepository(runner: QueryRunner) {
  return {
    /** The aggregates `include` asks for (the others come back empty), in one query. */
    async stats(include: StatsIncludes): Promise<GraphStats> {
      const [row] = await runner.read(STATS, { include });
      if (!row) throw new Error('stats query returned no row');
      return {
        careerCount: Number(row.careerCount),
        medianPayByEntryEducation: row.byEducation as GraphStats['medianPayByEntryEducation'],
        careersPerSetting: row.perSetting as GraphStats['careersPerSetting'],
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
