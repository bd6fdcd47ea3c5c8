import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { toLuceneQuery } from '../career/career-query';
import type { SearchHit } from './search.type';

const SEARCH = cypher('api/search');

export class SearchRepository {
  constructor(private readonly runner: QueryRunner) {}

  /** Full-text search across careers, settings, credentials and traits; [] when no word is left. */
  async search(text: string, limit: number): Promise<SearchHit[]> {
    const query = toLuceneQuery(text, 'ANY');
    if (query === null) return [];
    const rows = await this.runner.read(SEARCH, { query, limit });
    return rows.map((r) => ({
      type: r.type as SearchHit['type'],
      id: String(r.id),
      title: String(r.title),
      score: Number(r.score),
    }));
  }
}
