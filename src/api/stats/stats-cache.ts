import type { GraphStats } from './stats.type';

/** Most selections kept: each is one small answer; a client cycling through more only recomputes. */
const MAX_ENTRIES = 64;

export interface HeldStats {
  version: number;
  stats: GraphStats;
}

/**
 * The stats of one graph version, per selection, shared by every request of one server. Stats
 * scan the whole graph (at 3,000 careers ~18 ms of database CPU a run, at 30,000 seconds), and
 * the graph changes only through the seed loader, which bumps the graph's version with every load
 * (cypher/seed/graph-version.cypher). A request sends the version it holds; the database answers
 * with the aggregates only when the graph has moved on, so no answer predates the last load the
 * request could see, and each request still costs one round trip, not two. (During a bulk load
 * the version moves once, at its end: until then the stats of the partly loaded graph may be
 * served, as they would be without a cache.)
 */
export class StatsCache {
  private readonly entries = new Map<string, HeldStats>();

  /** What is held for this selection: the stats and the graph version they were computed on. */
  get(key: string): HeldStats | undefined {
    return this.entries.get(key);
  }

  /** Keeps `stats` (frozen: every later request shares the objects) for this selection. */
  set(key: string, version: number, stats: GraphStats): GraphStats {
    const frozen = deepFreeze(stats);
    // A slow request that computed an older version must not replace a newer answer.
    if ((this.entries.get(key)?.version ?? -Infinity) > version) return frozen;
    this.entries.delete(key);
    if (this.entries.size >= MAX_ENTRIES) {
      // Maps iterate in insertion order, and a set re-inserts: the first key is the stalest.
      const stalest = this.entries.keys().next().value;
      if (stalest !== undefined) this.entries.delete(stalest);
    }
    this.entries.set(key, { version, stats: frozen });
    return frozen;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
