import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import { toLuceneQuery } from '../shared/lucene';
import type { SearchHit } from './search.type';

const SEARCH = cypher('api/search');

/** Full-text search across careers, settings, credentials and traits. */
export function searchRepository(runner: QueryRunner) {
  return {
    /** Best match first; [] when no searchable word is left. */
    async search(text: string, limit: number): Promise<SearchHit[]> {
      const query = toLuceneQuery(text, 'ANY');
      if (query === null) return [];
      const rows = await runner.read(SEARCH, { query, limit });
      return rows.map((r) => ({
        type: r.type as SearchHit['type'],
        id: String(r.id),
        title: String(r.title),
        score: Number(r.score),
      }));
    },
  };
}

export type SearchRepository = ReturnType<typeof searchRepository>;

/** What the search resolver reads from a request's context. */
export interface SearchContext {
  repos: { search: SearchRepository };
}
