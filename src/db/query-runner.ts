import neo4j, { type Driver, type QueryStatistics, type Session, Neo4jError } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors';
import type { Logger } from '../logger';
import type { CypherQuery } from './cypher';
import { nextTurn } from './event-loop-turns';
import { toNative } from './to-native';
import {
  toMs,
  toPlanOperator,
  type PlanOperator,
  type ReadOrigin,
  type StatementTrace,
} from './statement-trace';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** One executed query, as seen by listeners (tests count round trips with it). */
export interface QueryEvent {
  name: string;
  mode: 'READ' | 'WRITE';
  durationMs: number;
  rows: number;
}

export interface WriteResult {
  rows: Row[];
  counters: Partial<Record<keyof ReturnType<QueryStatistics['updates']>, number>>;
}

export interface QueryRunnerOptions {
  database?: string;
  timeoutMs: number;
  logger: Logger;
}

/**
 * What a request may still spend: its deadline and a signal that fires when the request is
 * abandoned (deadline passed, database down, response budget spent). The API gives each request
 * a runner bound to its budget (`withBudget`); queries outside a request (seed loader, CLI) have
 * none and use the runner's timeout.
 *
 * Passed explicitly, not through AsyncLocalStorage: on Node 20 that turns on async_hooks for every
 * promise of the process. Bypassing it took the API's throughput on career path and stats from
 * 0.80× and 0.85× of @neo4j/graphql's to 1.17× and 1.21× (two back-to-back bench runs, 60 careers).
 */
export interface QueryBudget {
  deadline: number;
  signal: AbortSignal;
}

/** What a runner and the runners bound to budgets from it share. */
interface Shared {
  listeners: Set<(e: QueryEvent) => void>;
  quiet: Logger;
}

/**
 * The one gateway to Neo4j. Every read and write of the application goes through here, so access
 * mode, database name, transaction timeout, value conversion and error mapping live in one place.
 */
export class QueryRunner {
  private readonly shared: Shared;

  constructor(
    private readonly driver: Driver,
    private readonly options: QueryRunnerOptions,
    /** The request this runner serves, if any (see withBudget). */
    readonly budget?: QueryBudget,
    shared?: Shared,
    /** Set only for a request that asked for a trace: every other read skips it at no cost. */
    readonly trace?: StatementTrace,
  ) {
    this.shared = shared ?? {
      listeners: new Set(),
      quiet: options.logger.child({}, { level: 'silent' }),
    };
  }

  /**
   * This runner for one request: its queries stop when `budget`'s signal fires and get what is
   * left of its deadline as their transaction timeout. Shares the driver and the listeners.
   */
  withBudget(budget: QueryBudget, trace?: StatementTrace): QueryRunner {
    return new QueryRunner(this.driver, this.options, budget, this.shared, trace);
  }

  /**
   * Runs a read query as an auto-commit transaction in a READ session (routed to a reader in a
   * cluster); rows come back as plain JS values. Auto-commit, not executeRead: the explicit
   * transaction cost a BEGIN and a COMMIT beside each statement, and with one statement per
   * request (the API's look-ahead) its retry bought nothing the request deadline allows.
   */
  async read(query: CypherQuery, params: Params = {}, origin?: ReadOrigin): Promise<Row[]> {
    const trace = this.trace;
    if (!trace) return this.readRows(query, params);
    // Taken now, synchronously: by the time the rows are back other fields are resolving.
    const path = origin?.askedBy ? [...origin.askedBy] : [trace.currentPath()];
    const started = performance.now();
    let summary: { resultAvailableAfter: unknown; resultConsumedAfter: unknown } | undefined;
    const rows = await this.readRows(query, params, (s) => (summary = s));
    const available = summary ? toMs(summary.resultAvailableAfter) : null;
    const consumed = summary ? toMs(summary.resultConsumedAfter) : null;
    trace.record({
      name: query.name,
      query: query.text,
      parameters: toNative(params) as Params,
      rows: rows.length,
      ms: {
        database: available !== null && consumed !== null ? available + consumed : null,
        firstRow: available,
        total: Math.round((performance.now() - started) * 100) / 100,
      },
      keys: Array.isArray(params.keys) ? params.keys.length : null,
      path,
      ...(origin?.arguments && { arguments: toNative(origin.arguments) as Params }),
    });
    return rows;
  }

  /**
   * Runs `query` under PROFILE in a read transaction and returns Neo4j's plan: each operator with
   * its rows, db hits and page-cache hits and misses. Only the API's own statements come here
   * (POST /cypher/plan checks the name), under the request's budget like any read.
   */
  async profile(query: CypherQuery, params: Params): Promise<PlanOperator | null> {
    let plan: PlanOperator | null = null;
    await this.run('READ', `profile:${query.name}`, async (session) => {
      const result = await session.executeRead((tx) => tx.run(`PROFILE ${query.text}`, params), {
        timeout: this.timeoutMs(),
      });
      plan = result.summary.profile ? toPlanOperator(result.summary.profile) : null;
      return [];
    });
    return plan;
  }

  private async readRows(
    query: CypherQuery,
    params: Params,
    onSummary?: (summary: { resultAvailableAfter: unknown; resultConsumedAfter: unknown }) => void,
  ): Promise<Row[]> {
    return this.run('READ', query.name, async (session) => {
      const result = await withoutStackCapture(() =>
        session.run(query.text, params, { timeout: this.timeoutMs() }),
      );
      onSummary?.(result.summary);
      // A request's work after its answer waits its turn, so one event-loop iteration stays
      // short however many answers land in it (see event-loop-turns.ts). Only requests take
      // turns: the loader and the CLI have the process to themselves.
      if (this.budget) await nextTurn();
      return result.records.map((r) => toNative(r.toObject()) as Row);
    });
  }

  /** Runs a write query; only the seed loader and schema set-up call this. */
  async write(query: CypherQuery, params: Params = {}): Promise<WriteResult> {
    return this.writeAll(query.name, [{ query, params }]);
  }

  /**
   * Runs several write statements in one transaction: all of them land, or none does. Counters are
   * summed over the statements.
   */
  async writeAll(
    name: string,
    steps: ReadonlyArray<{ query: CypherQuery; params: Params }>,
  ): Promise<WriteResult> {
    return this.run('WRITE', name, async (session) =>
      session.executeWrite(
        async (tx) => {
          const counters: WriteResult['counters'] = {};
          let rows: Row[] = [];
          for (const step of steps) {
            const result = await tx.run(step.query.text, step.params);
            for (const [k, v] of Object.entries(result.summary.counters.updates())) {
              const key = k as keyof WriteResult['counters'];
              if (v !== 0) counters[key] = (counters[key] ?? 0) + v;
            }
            rows = result.records.map((r) => toNative(r.toObject()) as Row);
          }
          return { rows, counters };
        },
        { timeout: this.options.timeoutMs * 4 },
      ),
    );
  }

  /**
   * Asks the planner what a query would do, without running it: 'r' read, 'rw' read-write,
   * 'w' write, 's' schema. The analyst CLI refuses writes with it before anything runs.
   */
  async queryType(query: CypherQuery, params: Params = {}): Promise<'r' | 'rw' | 'w' | 's'> {
    return this.run('READ', `explain:${query.name}`, async (session) => {
      const result = await session.run(`EXPLAIN ${query.text}`, params);
      return result.summary.queryType as 'r' | 'rw' | 'w' | 's';
    });
  }

  /**
   * Asks the database to answer a tiny query within `timeoutMs`, whatever the request budget:
   * readiness and the outage monitor use it. Resolves with the value of its single column.
   */
  async probe(query: CypherQuery, timeoutMs: number): Promise<Row | undefined> {
    const controller = new AbortController();
    const timer = setTimeout(
      () =>
        controller.abort(new DatabaseUnavailableError(new Error(`no answer in ${timeoutMs} ms`))),
      timeoutMs,
    );
    try {
      // Not reported to query listeners: tests that count a request's queries must not see it.
      const bound = this.withBudget({
        deadline: performance.now() + timeoutMs,
        signal: controller.signal,
      });
      const rows = await bound.run(
        'READ',
        query.name,
        async (session) => {
          const result = await session.executeRead((tx) => tx.run(query.text), {
            timeout: timeoutMs,
          });
          return result.records.map((r) => toNative(r.toObject()) as Row);
        },
        false,
      );
      return rows[0];
    } finally {
      clearTimeout(timer);
    }
  }

  /** Subscribes to executed queries; returns the unsubscribe function. */
  onQuery(listener: (e: QueryEvent) => void): () => void {
    this.shared.listeners.add(listener);
    return () => this.shared.listeners.delete(listener);
  }

  /** The transaction timeout: the configured one, or what is left of the request's deadline. */
  private timeoutMs(): number {
    const budget = this.budget;
    if (!budget) return this.options.timeoutMs;
    return Math.max(
      1,
      Math.min(this.options.timeoutMs, Math.ceil(budget.deadline - performance.now())),
    );
  }

  private async run<T extends Row[] | WriteResult | string>(
    mode: 'READ' | 'WRITE',
    name: string,
    work: (session: Session) => Promise<T>,
    notify = true,
  ): Promise<T> {
    const budget = this.budget;
    if (budget?.signal.aborted) throw budget.signal.reason;
    if (budget && budget.deadline <= performance.now()) throw new QueryTimeoutError();
    const session = this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.options.database !== undefined && { database: this.options.database }),
    });
    const started = performance.now();
    let abandoned = false;
    try {
      const out = budget
        ? await abandonOnAbort(work(session), budget.signal, () => {
            abandoned = true;
          })
        : await work(session);
      const event: QueryEvent = {
        name,
        mode,
        durationMs: performance.now() - started,
        rows: Array.isArray(out) ? out.length : typeof out === 'string' ? 0 : out.rows.length,
      };
      this.options.logger.debug(event, 'cypher');
      if (notify) for (const l of this.shared.listeners) l(event);
      return out;
    } catch (err) {
      // Health probes fail every 200 ms during an outage; the monitor logs the outage once.
      throw mapDriverError(err, name, notify ? this.options.logger : this.shared.quiet);
    } finally {
      // A frozen database never acknowledges the close: an abandoned session closes in the
      // background (the driver drops its connection once the server answers or the socket dies).
      if (abandoned) session.close().catch(() => undefined);
      else await session.close();
    }
  }
}

/**
 * Calls `start` with V8's stack capture off. The driver builds an Error in every Result's
 * constructor only to keep the caller's stack for a later failure: a CPU profile of career by slug
 * under load put ~5 % of the API's time there (captureStacktrace, prepareStackTrace). The call
 * site is always this file, and failures are mapped to the API's own errors, so that stack says
 * nothing. Safe because the Result is built synchronously, before the limit is restored.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Settles with `work`, or rejects with the signal's reason as soon as it fires, so a request
 * never waits on a database that stopped answering. The work's own late rejection is swallowed.
 */
function abandonOnAbort<T>(
  work: Promise<T>,
  signal: AbortSignal,
  onAbandon: () => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      onAbandon();
      work.catch(() => undefined);
      reject(signal.reason);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Maps driver failures to the API's error types; anything else stays internal (and masked). */
export function mapDriverError(err: unknown, queryName: string, logger: Logger): unknown {
  if (err instanceof Neo4jError) {
    if (UNAVAILABLE.has(err.code)) {
      logger.error({ err, query: queryName }, 'neo4j unavailable');
      return new DatabaseUnavailableError(err);
    }
    if (/Connection acquisition timed out/.test(err.message)) {
      // Every pooled connection is busy: the database cannot take this query now. The driver
      // gives this error no code, so it would otherwise surface as an internal error.
      logger.warn({ query: queryName }, 'no free Neo4j connection');
      return new DatabaseUnavailableError(err);
    }
    if (err.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      logger.warn({ query: queryName }, 'cypher timed out');
      return new QueryTimeoutError(err);
    }
  }
  return err;
}
