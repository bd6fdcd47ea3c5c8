import DataLoader from 'dataloader';
import type { CypherQuery } from './cypher';
import type { Params, QueryRunner, Row } from './query-runner';

/**
 * DataLoader factories over `UNWIND $keys` queries. A batch is one query; its rows carry `key`
 * and are put back in key order, with `null` (single) or `[]` (list) for keys with no row, as
 * DataLoader requires one result per key.
 */

/** For queries returning at most one `{key, item}` row per key. */
export function singleLoader<T>(
  runner: QueryRunner,
  query: CypherQuery,
  extraParams: Params = {},
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await runner.read(query, { ...extraParams, keys: [...keys] });
    const byKey = new Map<string, T>(rows.map((r: Row) => [String(r.key), r.item as T]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** For queries returning one `{key, items}` row per key that has any items. */
export function listLoader<T>(
  runner: QueryRunner,
  query: CypherQuery,
  extraParams: Params = {},
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await runner.read(query, { ...extraParams, keys: [...keys] });
    const byKey = new Map<string, T[]>(rows.map((r: Row) => [String(r.key), r.items as T[]]));
    return keys.map((k) => byKey.get(k) ?? []);
  });
}
