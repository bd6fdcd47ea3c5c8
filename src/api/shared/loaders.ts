import DataLoader from 'dataloader';
import type { CypherQuery } from '../../db/cypher';
import type { Params, QueryRunner, Row } from '../../db/query-runner';

/**
 * DataLoader factories over `UNWIND $keys` queries. A batch is one query; its rows carry `key`
 * and are put back in key order, with `null` (single) or `[]` (list) for keys with no row, as
 * DataLoader requires one result per key.
 */

/**
 * A DataLoader over `batch`. For a traced request (its runner carries a trace) it also notes
 * which fields asked for keys not loaded yet, so the batch's statement is reported with the
 * fields that caused it; every other request gets the plain DataLoader and pays nothing.
 */
export function batchLoader<V>(
  runner: QueryRunner,
  batch: (keys: readonly string[], askedBy?: readonly string[]) => Promise<V[]>,
): DataLoader<string, V> {
  const trace = runner.trace;
  if (!trace) return new DataLoader<string, V>((keys) => batch(keys));
  const cache = new Map<string, Promise<V>>();
  let asking = new Set<string>();
  const loader = new DataLoader<string, V>(
    (keys) => {
      const askedBy = [...asking];
      asking = new Set();
      return batch(keys, askedBy);
    },
    { cacheMap: cache },
  );
  const load = loader.load.bind(loader);
  // loadMany goes through load too. A key already cached asks for nothing new.
  loader.load = (key: string): Promise<V> => {
    if (!cache.has(key)) asking.add(trace.currentPath());
    return load(key);
  };
  return loader;
}

/** For queries returning at most one `{key, item}` row per key. */
export function singleLoader<T>(
  runner: QueryRunner,
  query: CypherQuery,
  extraParams: Params = {},
): DataLoader<string, T | null> {
  return batchLoader<T | null>(runner, async (keys, askedBy) => {
    const rows = await runner.read(query, { ...extraParams, keys: [...keys] }, { askedBy });
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
  return batchLoader<T[]>(runner, async (keys, askedBy) => {
    const rows = await runner.read(query, { ...extraParams, keys: [...keys] }, { askedBy });
    const byKey = new Map<string, T[]>(rows.map((r: Row) => [String(r.key), r.items as T[]]));
    return keys.map((k) => byKey.get(k) ?? []);
  });
}

/**
 * For fields with arguments that become query parameters: one loader per distinct argument set,
 * made on first use, so parents asking with the same arguments still share one batch.
 */
export function loaderPerArgs<A extends object, L>(make: (args: A) => L): (args: A) => L {
  const made = new Map<string, L>();
  return (args) => {
    const key = JSON.stringify(args);
    let loader = made.get(key);
    if (!loader) {
      loader = make(args);
      made.set(key, loader);
    }
    return loader;
  };
}

/** A list read whose rows are `{item}`: the items, in the query's order. */
export async function readItems<T>(
  runner: QueryRunner,
  query: CypherQuery,
  params: Params = {},
): Promise<T[]> {
  const rows = await runner.read(query, params);
  return rows.map((r) => r.item as T);
}
