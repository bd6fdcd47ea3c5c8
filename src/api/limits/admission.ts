import type { NextFunction, Request, Response } from 'express';
import type { QueryBudget } from '../../db/query-runner';
import { ERROR_CODES, QueryTimeoutError } from '../../errors';
import { sendJsonError } from './http-errors';

export interface AdmissionOptions {
  requestTimeoutMs: number;
  maxConcurrent: number;
  maxQueued: number;
}

const BUDGET = 'queryBudget';

/** The budget the admission middleware gave this request, if it admitted it. */
export function budgetOf(res: Response): QueryBudget | undefined {
  return res.locals[BUDGET] as QueryBudget | undefined;
}

interface Admitted {
  budget: QueryBudget;
  abort(reason: unknown): void;
}

/**
 * Decides which GraphQL requests run, and gives each a budget.
 * - At most `maxConcurrent` run at once and `maxQueued` wait; beyond that a request is answered
 *   503 SERVER_BUSY with Retry-After at once, so overload sheds fast errors instead of growing a
 *   queue of multi-second waits.
 * - Each admitted request gets a deadline (`requestTimeoutMs` from arrival, queueing included):
 *   when it passes, the request is abandoned: its queries stop waiting on Neo4j (which also got
 *   the remaining time as its transaction timeout) and no further resolver runs.
 * - Once draining (shutdown), newcomers get 503 SHUTTING_DOWN and `drained()` says when the
 *   requests already admitted have finished.
 */
export class Admission {
  private running = 0;
  private readonly queue: Array<() => void> = [];
  private readonly active = new Set<Admitted>();
  private draining = false;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly options: AdmissionOptions) {}

  /** Express middleware; place it before the body parser so a shed request costs nothing. */
  readonly middleware = (_req: Request, res: Response, next: NextFunction): void => {
    if (this.draining) {
      res.setHeader('Connection', 'close');
      sendJsonError(
        res,
        503,
        ERROR_CODES.SHUTTING_DOWN,
        'The server is shutting down; retry shortly.',
      );
      return;
    }
    if (this.running >= this.options.maxConcurrent && this.queue.length >= this.options.maxQueued) {
      res.setHeader('Retry-After', '1');
      sendJsonError(res, 503, ERROR_CODES.SERVER_BUSY, 'The server is busy; retry in a second.');
      return;
    }
    const arrived = performance.now();
    const start = (): void => {
      this.running += 1;
      const controller = new AbortController();
      const budget: QueryBudget = {
        deadline: arrived + this.options.requestTimeoutMs,
        signal: controller.signal,
      };
      const admitted: Admitted = { budget, abort: (reason) => controller.abort(reason) };
      this.active.add(admitted);
      const timer = setTimeout(
        () => controller.abort(new QueryTimeoutError()),
        Math.max(0, budget.deadline - performance.now()),
      );
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        this.active.delete(admitted);
        this.running -= 1;
        this.queue.shift()?.();
        if (this.running === 0) for (const w of this.idleWaiters.splice(0)) w();
      };
      res.once('finish', finish);
      res.once('close', finish);
      res.locals[BUDGET] = budget;
      next();
    };
    if (this.running < this.options.maxConcurrent) start();
    else this.queue.push(start);
  };

  /** Abandons every admitted request (the database stopped answering): they answer at once. */
  abortAll(reason: unknown): void {
    for (const a of this.active) a.abort(reason);
  }

  get inFlight(): number {
    return this.running + this.queue.length;
  }

  /** Stops admitting; resolves when every admitted request has answered. */
  drain(): Promise<void> {
    this.draining = true;
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
