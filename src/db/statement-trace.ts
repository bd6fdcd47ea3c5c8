import { toNative } from './to-native';

/** Parameters as the runner sends them (the runner's own `Params`). */
type Params = Record<string, unknown>;

/**
 * What a traced request's runner reports (see api/cypher-trace/), and Neo4j's PROFILE plans as
 * POST /cypher/plan answers them.
 */

/** One statement as a traced request reports it (see api/cypher-trace/). */
export interface TracedStatement {
  name: string;
  /** The exact text sent. */
  query: string;
  parameters: Params;
  rows: number;
  /**
   * `database`: Neo4j's own time, until the first row was available and then until the last was
   * consumed; `firstRow`: the first of the two, as the driver reports it; `total`: the API's
   * wait, from sending to the rows decoded.
   */
  ms: { database: number | null; firstRow: number | null; total: number };
  /** How many keys the DataLoader batch carried (its `$keys`), or null for a single read. */
  keys: number | null;
  /** The GraphQL fields that asked for it (response paths, list indices left out). */
  path: string[];
  /** For a built statement, what it was built from, so it can be built again (for a plan). */
  arguments?: Params;
}

/** Who a read is for, when its request is traced (see TracedStatement). */
export interface ReadOrigin {
  /** The fields whose keys a DataLoader batch carries; else the field resolving now. */
  askedBy?: readonly string[];
  arguments?: Params;
}

/** One operator of a PROFILE plan, with its children. */
export interface PlanOperator {
  operator: string;
  details: string | null;
  rows: number;
  dbHits: number;
  pageCacheHits: number;
  pageCacheMisses: number;
  children: PlanOperator[];
}

/** What POST /cypher/plan answers: the statement, its plan, and the plan's totals. */
export interface PlanAnswer {
  name: string;
  query: string;
  total: Pick<PlanOperator, 'dbHits' | 'pageCacheHits' | 'pageCacheMisses'>;
  plan: PlanOperator;
}

/** Where a request's runner reports its statements when the request asked for a trace. */
export interface StatementTrace {
  /** The field being resolved right now: who a read started now is for. */
  currentPath(): string;
  record(statement: TracedStatement): void;
}

interface ProfiledPlanLike {
  operatorType: string;
  arguments: Record<string, unknown>;
  rows: number;
  dbHits: number;
  pageCacheHits: number;
  pageCacheMisses: number;
  children: ProfiledPlanLike[];
}

export function toPlanOperator(plan: ProfiledPlanLike): PlanOperator {
  const details = toNative(plan.arguments.Details);
  return {
    // "Filter@neo4j": the runtime's suffix says nothing a reader needs.
    operator: plan.operatorType.replace(/@.*$/, ''),
    details: typeof details === 'string' ? details : null,
    rows: Number(toNative(plan.rows) ?? 0),
    dbHits: Number(toNative(plan.dbHits) ?? 0),
    pageCacheHits: Number(toNative(plan.pageCacheHits) ?? 0),
    pageCacheMisses: Number(toNative(plan.pageCacheMisses) ?? 0),
    children: plan.children.map(toPlanOperator),
  };
}

/** A driver duration (an Integer of ms, or -1 / absent when the server did not say) in ms. */
export function toMs(value: unknown): number | null {
  const ms = toNative(value);
  return typeof ms === 'number' && ms >= 0 ? ms : null;
}
