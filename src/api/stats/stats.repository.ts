import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import { fromValues } from '../career/projected-values';
import type { EducationLevel } from '../graph-model/education-level.type';
import type { Setting } from '../graph-model/setting.type';
import type { StatsCache } from './stats-cache';
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

/**
 * Aggregates over the whole graph. With a cache (one per server), an answer for a graph version
 * already seen is served from it; see StatsCache.
 */
export function statsRepository(runner: QueryRunner, cache?: StatsCache) {
  return {
    /** The aggregates `include` asks for (the others come back empty), in one query. */
    async stats(include: StatsIncludes): Promise<GraphStats> {
      const key = JSON.stringify(include);
      // Taken before the query: another request may replace the entry while this one waits.
      const held = cache?.get(key);
      const [row] = await runner.read(STATS, { include, known: held?.version ?? null });
      if (!row) throw new Error('stats query returned no row');
      // The statement skips the aggregates only when the graph is still at `known`.
      if (held && !row.compute) return held.stats;
      const version = row.version === null ? null : Number(row.version);
      const stats = statsOf(row, include);
      return cache && version !== null ? cache.set(key, version, stats) : stats;
    },
  };
}

function statsOf(row: Record<string, unknown>, include: StatsIncludes): GraphStats {
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
}

export type StatsRepository = ReturnType<typeof statsRepository>;

/** What the stats resolver reads from a request's context. */
export interface StatsContext {
  repos: { stats: StatsRepository };
}
