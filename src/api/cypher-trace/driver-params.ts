import neo4j from 'neo4j-driver';
import type { Params } from '../../db/query-runner';

/**
 * Parameters from JSON for the driver. JSON has one number type, and the driver sends every JS
 * number as a Cypher float, which `LIMIT`, `SKIP` and list indices refuse; the API's own code sends
 * those as integers. So whole numbers become integers here: Cypher compares integers and floats
 * by value, so a whole float compared with a property means the same either way.
 */
export function toDriverParams(params: Record<string, unknown>): Params {
  return convert(params) as Params;
}

function convert(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(convert);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
  }
  return value;
}
