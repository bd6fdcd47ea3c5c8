import neo4j from 'neo4j-driver';
import type { Params } from './query-runner';

/**
 * Converts parameters from JSON or the command line for the driver. JS numbers travel as Cypher
 * floats, and `LIMIT 5.0` or a float list index fails, so whole numbers are sent as Cypher
 * integers (comparisons with floats work either way), as the API's own code sends them. Used by
 * the analysts' CLI and by POST /cypher/plan.
 */
export function toDriverParams(params: Params): Params {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toDriverValue(v)]));
}

function toDriverValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverValue(v)]));
  }
  return value;
}
