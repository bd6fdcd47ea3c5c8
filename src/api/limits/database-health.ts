import { cypher } from '../../db/cypher';
import type { QueryRunner, Row } from '../../db/query-runner';
import { DatabaseUnavailableError } from '../../errors';
import type { Logger } from '../../logger';

const READINESS = cypher('health/readiness');

export interface Readiness {
  ready: boolean;
  database: 'up' | 'down';
  graphLoaded: boolean | null;
  problem?: string;
}

export interface DatabaseHealthOptions {
  /** How long `/readyz` lets the database take to answer. */
  probeTimeoutMs: number;
  /** Time between the monitor's checks. */
  intervalMs: number;
  /** The monitor calls the database down when no probe has answered for this long. */
  downAfterMs: number;
}

/**
 * Knows whether Neo4j answers. `/readyz` asks it directly. The background monitor keeps one tiny
 * probe in flight: a probe that fails (a killed database refuses connections) or an answer
 * missing for `downAfterMs` (a frozen one) calls `onDown` once, so requests waiting on the
 * database answer DATABASE_UNAVAILABLE at once instead of at their deadline, and `isDown` lets
 * new requests fail fast until a probe answers again. A check that runs late because this
 * process's own event loop was blocked decides nothing: the answer may be sitting unread.
 */
export class DatabaseHealth {
  private down = false;
  private timer: NodeJS.Timeout | null = null;
  private probing = false;
  private lastAnswerAt = performance.now();
  private lastTickAt = performance.now();
  private version: number | null = null;

  constructor(
    private readonly runner: QueryRunner,
    private readonly options: DatabaseHealthOptions,
    private readonly log: Logger,
    private readonly onDown: (error: DatabaseUnavailableError) => void,
  ) {}

  get isDown(): boolean {
    return this.down;
  }

  /**
   * The graph's version as the last probe read it (null before the first answer, or with no graph
   * loaded): at most one monitor interval behind a load. The HTTP cache's tags are built on it.
   */
  get graphVersion(): number | null {
    return this.version;
  }

  async readiness(): Promise<Readiness> {
    try {
      const row = await this.runner.probe(READINESS, this.options.probeTimeoutMs);
      this.answered(row);
      const loaded = Number(row?.careers ?? 0) > 0;
      return loaded
        ? { ready: true, database: 'up', graphLoaded: true }
        : {
            ready: false,
            database: 'up',
            graphLoaded: false,
            problem: 'the graph is empty: load it with npm run seed',
          };
    } catch {
      return {
        ready: false,
        database: 'down',
        graphLoaded: null,
        problem: `Neo4j did not answer within ${this.options.probeTimeoutMs} ms`,
      };
    }
  }

  start(): void {
    this.lastAnswerAt = this.lastTickAt = performance.now();
    this.timer ??= setInterval(() => this.tick(), this.options.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private tick(): void {
    const now = performance.now();
    const late = now - this.lastTickAt > this.options.intervalMs + 200;
    this.lastTickAt = now;
    if (!this.probing) {
      this.probing = true;
      const sent = now;
      this.runner
        .probe(READINESS, this.options.downAfterMs)
        .then(
          (row) => this.answered(row),
          (err: unknown) => {
            // A quick failure is a refusal (database gone); a slow one is judged below.
            if (performance.now() - sent < this.options.downAfterMs) this.markDown(err);
          },
        )
        .finally(() => {
          this.probing = false;
        });
    }
    if (!late && now - this.lastAnswerAt > this.options.downAfterMs) {
      this.markDown(new Error(`no answer for ${Math.round(now - this.lastAnswerAt)} ms`));
    }
  }

  private answered(row: Row | undefined): void {
    this.lastAnswerAt = performance.now();
    const version = row?.graphVersion;
    this.version = typeof version === 'number' ? version : null;
    if (!this.down) return;
    this.down = false;
    this.log.info('Neo4j answers again');
  }

  private markDown(cause: unknown): void {
    if (this.down) return;
    this.down = true;
    // Unknown until it answers again: no answer is tagged, and no revalidation answered 304.
    this.version = null;
    this.log.warn(
      { reason: cause instanceof Error ? (cause.cause ?? cause).toString() : String(cause) },
      'Neo4j stopped answering: requests get DATABASE_UNAVAILABLE until it is back',
    );
    this.onDown(new DatabaseUnavailableError(cause));
  }
}
