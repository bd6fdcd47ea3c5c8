import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import type { GraphStats } from './stats.type';

const STATS = cypher('api/stats');

export class StatsRepository {
  constructor(private readonly runner: QueryRunner) {}

  /** Every aggregate in one query. */
  async stats(): Promise<GraphStats> {
    const [row] = await this.runner.read(STATS);
    if (!row) throw new Error('stats query returned no row');
    return {
      careerCount: Number(row.careerCount),
      medianPayByEntryEducation: row.byEducation as GraphStats['medianPayByEntryEducation'],
      careersPerSetting: row.perSetting as GraphStats['careersPerSetting'],
      careersPerLicensure: row.perLicensure as GraphStats['careersPerLicensure'],
    };
  }
}
