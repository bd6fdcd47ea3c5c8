import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { NextFunction, Request, Response } from 'express';
import type { QueryBudget } from '../../db/query-runner';
import { ClientGoneError, ERROR_CODES, QueryTimeoutError } from '../../errors';
import type { Logger } from '../../logger';
import { sendJsonError } from './http-errors';

export interface AdmissionOptions {
  requestTimeoutMs: number;
  maxConcurrent: number;
  maxQueued: number;
  /** The longest a request may wait in the queue before it runs (a share of the deadline). */
  maxQueueWaitMs: number;
  /** A slot still held this long past its deadline is a leak: logged, and its connection closed. */
  slotGraceMs: number;
}

/**
 * What admission needs of one HTTP exchange. `onEnd` reports the end once or more (the response
 * was handed to the socket, or the client went away first); admission acts on the first report.
 */
export interface Exchange {
  /** True when the client has already gone: there is no one left to answer. */
  isGone(): boolean;
  onEnd(listener: (answered: boolean) => void): () => void;
  /** Ends the exchange by force (the connection is closed). */
  destroy(): void;
}

export interface Refusal {
  status: 503;
  code: typeof ERROR_CODES.SERVER_BUSY | typeof ERROR_CODES.SHUTTING_DOWN;
  message: string;
  /** Seconds, for Retry-After. */
  retryAfter?: number;
  closeConnection?: boolean;
}

export interface Verdict {
  start(ticket: Ticket): void;
  refuse(refusal: Refusal): void;
}

/** What `/readyz` reports of capacity, and whether it is wedged. */
export interface Capacity {
  running: number;
  queued: number;
  /** Every slot taken or work waiting, and no slot given back for longer than the deadline. */
  wedged: boolean;
  msSinceSlotFreed: number;
}

type State = 'queued' | 'running' | 'done';

/** One request's place in the admission: queued, then running, then done, exactly once each. */
export class Ticket {
  state: State = 'queued';
  /** The GraphQL operation's name, for the log line of a leaked slot. */
  operation = '(anonymous)';
  readonly budget: QueryBudget;
  readonly arrived: number;
  started = 0;
  timer: NodeJS.Timeout | undefined;
  unsubscribe: () => void = () => undefined;
  private readonly controller = new AbortController();

  constructor(
    readonly exchange: Exchange,
    readonly verdict: Verdict,
    arrived: number,
    requestTimeoutMs: number,
  ) {
    this.arrived = arrived;
    this.budget = { deadline: arrived + requestTimeoutMs, signal: this.controller.signal };
  }

  abort(reason: unknown): void {
    if (!this.controller.signal.aborted) this.controller.abort(reason);
  }
}

export const BUSY: Refusal = {
  status: 503,
  code: ERROR_CODES.SERVER_BUSY,
  message: 'The server is busy; retry in a second.',
  retryAfter: 1,
};

const SHUTTING_DOWN: Refusal = {
  status: 503,
  code: ERROR_CODES.SHUTTING_DOWN,
  message: 'The server is shutting down; retry shortly.',
  closeConnection: true,
};

/**
 * A newcomer is queued only if it can expect to wait at most this share of the bound: service
 * times vary, and one that overstays is refused only after waiting the whole bound, so a tight
 * estimate would turn fast refusals into slow ones (measured with a 400 ms bound and no margin: 1.5 % of the
 * refusals in a burst of 100 connections came from the queue's timer, at ~400 ms).
 */
const ESTIMATE_MARGIN = 0.5;

/** Weight of the newest request in the running mean of service times. */
const SERVICE_TIME_WEIGHT = 0.2;

/**
 * Decides which GraphQL requests run, and gives each a budget.
 * - At most `maxConcurrent` run at once and `maxQueued` wait. A request that would wait longer
 *   than `maxQueueWaitMs` (judged from the queue ahead of it and the recent service time) is
 *   refused at once with 503 SERVER_BUSY and Retry-After; one that waits that long anyway is
 *   refused then. Overload sheds fast errors instead of growing multi-second waits.
 * - Each request listens for its end from the moment it arrives, so a client that leaves while
 *   queued is taken out of the queue, and one that leaves while running gives its slot back and
 *   has its work stopped (the budget's signal: resolvers stop, Neo4j's transaction is reset).
 *   Every ticket goes queued → running → done or queued → done, once: the slot is given back
 *   exactly once on every path.
 * - Each admitted request gets a deadline (`requestTimeoutMs` from arrival, queueing included);
 *   past it the request is abandoned. A slot still held `slotGraceMs` after that is a leak: it is
 *   logged as an error with the operation's name and its connection is closed, which frees it.
 * - Once draining (shutdown), newcomers get 503 SHUTTING_DOWN and `drain()` says when the
 *   requests already admitted have finished.
 */
export class Admission {
  private running = 0;
  private readonly queue = new Set<Ticket>();
  private readonly active = new Set<Ticket>();
  private draining = false;
  private idleWaiters: Array<() => void> = [];
  private meanServiceMs = 0;
  private lastFreedAt: number;

  constructor(
    private readonly options: AdmissionOptions,
    private readonly log: Logger,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.lastFreedAt = now();
  }

  /** Admits, queues or refuses one exchange; the verdict is called once, now or later. */
  enter(exchange: Exchange, verdict: Verdict): void {
    const refusal = this.refusalNow();
    if (refusal) {
      verdict.refuse(refusal);
      return;
    }
    // Nobody to answer, nothing to take: a client that left before its turn at the door.
    if (exchange.isGone()) return;
    const ticket = new Ticket(exchange, verdict, this.now(), this.options.requestTimeoutMs);
    if (this.running < this.options.maxConcurrent) {
      ticket.unsubscribe = exchange.onEnd((answered) => this.ended(ticket, answered));
      this.start(ticket);
      return;
    }
    ticket.unsubscribe = exchange.onEnd((answered) => this.ended(ticket, answered));
    this.queue.add(ticket);
    ticket.timer = setTimeout(() => {
      if (ticket.state !== 'queued') return;
      this.finish(ticket);
      ticket.verdict.refuse(BUSY);
    }, this.options.maxQueueWaitMs);
  }

  /**
   * The refusal a newcomer would get now, if any: the HTTP server's door asks this before the
   * request reaches Express, so under a burst of retrying clients a refusal costs almost nothing
   * (no routing, no body read) and leaves the CPU to the requests that run.
   */
  refusalNow(): Refusal | null {
    if (this.draining) return SHUTTING_DOWN;
    if (this.running < this.options.maxConcurrent) return null;
    const full =
      this.queue.size >= this.options.maxQueued ||
      this.expectedWaitMs(this.queue.size + 1) > this.options.maxQueueWaitMs * ESTIMATE_MARGIN;
    return full ? BUSY : null;
  }

  /** Abandons every running request (the database stopped answering): they answer at once. */
  abortAll(reason: unknown): void {
    for (const t of this.active) t.abort(reason);
  }

  /** Requests admitted or queued and not yet answered. */
  get inFlight(): number {
    return this.running + this.queue.size;
  }

  capacity(): Capacity {
    const msSinceSlotFreed = this.now() - this.lastFreedAt;
    const full = this.queue.size > 0 || this.running >= this.options.maxConcurrent;
    return {
      running: this.running,
      queued: this.queue.size,
      wedged: full && this.running > 0 && msSinceSlotFreed > this.options.requestTimeoutMs,
      msSinceSlotFreed: Math.round(msSinceSlotFreed),
    };
  }

  /** Stops admitting; resolves when every admitted request has answered. */
  drain(): Promise<void> {
    this.draining = true;
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** How long the `position`-th request in the queue can expect to wait, from recent requests. */
  private expectedWaitMs(position: number): number {
    return (position * this.meanServiceMs) / this.options.maxConcurrent;
  }

  private start(ticket: Ticket): void {
    this.running += 1;
    ticket.state = 'running';
    ticket.started = this.now();
    this.active.add(ticket);
    const untilDeadline = Math.max(0, ticket.budget.deadline - ticket.started);
    ticket.timer = setTimeout(() => {
      ticket.abort(new QueryTimeoutError());
      ticket.timer = setTimeout(() => this.leaked(ticket), this.options.slotGraceMs);
    }, untilDeadline);
    ticket.verdict.start(ticket);
  }

  private ended(ticket: Ticket, answered: boolean): void {
    if (ticket.state === 'done') return;
    if (!answered) ticket.abort(new ClientGoneError());
    else if (ticket.state === 'running') this.observe(this.now() - ticket.started);
    this.finish(ticket);
  }

  private leaked(ticket: Ticket): void {
    if (ticket.state !== 'running') return;
    this.log.error(
      {
        operation: ticket.operation,
        heldMs: Math.round(this.now() - ticket.started),
        deadlineMs: this.options.requestTimeoutMs,
      },
      'a request held its slot past the deadline and its grace period: closing its connection',
    );
    ticket.exchange.destroy();
    // destroy() normally reports the end; give the slot back even if it does not.
    this.finish(ticket);
  }

  private observe(serviceMs: number): void {
    this.meanServiceMs =
      this.meanServiceMs === 0
        ? serviceMs
        : this.meanServiceMs + SERVICE_TIME_WEIGHT * (serviceMs - this.meanServiceMs);
  }

  /** The one place a ticket ends: its slot or queue place is given back here, once. */
  private finish(ticket: Ticket): void {
    const was = ticket.state;
    if (was === 'done') return;
    ticket.state = 'done';
    clearTimeout(ticket.timer);
    ticket.unsubscribe();
    if (was === 'queued') {
      this.queue.delete(ticket);
    } else {
      this.active.delete(ticket);
      this.running -= 1;
      this.lastFreedAt = this.now();
      this.startQueued();
    }
    if (this.inFlight === 0) for (const w of this.idleWaiters.splice(0)) w();
  }

  /** Fills free slots from the head of the queue, skipping clients that have left meanwhile. */
  private startQueued(): void {
    for (const next of this.queue) {
      if (this.running >= this.options.maxConcurrent) return;
      this.queue.delete(next);
      clearTimeout(next.timer);
      if (next.exchange.isGone()) {
        next.state = 'done';
        next.unsubscribe();
        continue;
      }
      this.start(next);
    }
  }
}

const TICKET = 'admissionTicket';

/** The budget the admission gave this request, if it admitted it. */
export function budgetOf(res: Response): QueryBudget | undefined {
  return ticketOf(res)?.budget;
}

export function ticketOf(res: Response): Ticket | undefined {
  return res.locals[TICKET] as Ticket | undefined;
}

/**
 * One Express exchange as admission sees it. The end is the response's `finish` (handed to the
 * socket) or a `close` of the response or of its socket before that: a client that left. The
 * socket's own `close` is watched too, for a pipelined request whose response never started.
 */
export function httpExchange(req: Request, res: Response): Exchange {
  const socket = req.socket;
  return {
    isGone: () => !res.writableFinished && (res.destroyed || socket.destroyed),
    onEnd(listener) {
      const finished = (): void => listener(true);
      const closed = (): void => listener(res.writableFinished);
      res.once('finish', finished);
      res.once('close', closed);
      const offSocket = onSocketClose(socket, closed);
      return () => {
        res.off('finish', finished);
        res.off('close', closed);
        offSocket();
      };
    },
    destroy: () => res.destroy(),
  };
}

const socketWatchers = new WeakMap<Socket, Set<() => void>>();

/**
 * One `close` listener per socket, shared by the requests pipelined on it: a listener each would
 * pass Node's limit of ten (a MaxListenersExceededWarning at the eleventh pipelined request).
 */
function onSocketClose(socket: Socket, callback: () => void): () => void {
  const watchers = socketWatchers.get(socket) ?? watchSocket(socket);
  watchers.add(callback);
  return () => watchers.delete(callback);
}

function watchSocket(socket: Socket): Set<() => void> {
  const watchers = new Set<() => void>();
  socketWatchers.set(socket, watchers);
  socket.once('close', () => {
    for (const watcher of [...watchers]) watcher();
    watchers.clear();
  });
  return watchers;
}

/** Express middleware for `admission`; place it after the body is read (see server.ts). */
export function admissionMiddleware(admission: Admission) {
  return (req: Request, res: Response, next: NextFunction): void => {
    admission.enter(httpExchange(req, res), {
      start(ticket) {
        res.locals[TICKET] = ticket;
        next();
      },
      refuse: (refusal) => sendRefusal(res, refusal),
    });
  };
}

/** Answers a refusal: 503 with its code, Retry-After, and a closed connection when shutting down. */
export function sendRefusal(res: ServerResponse, refusal: Refusal): void {
  if (refusal.retryAfter !== undefined) res.setHeader('Retry-After', String(refusal.retryAfter));
  if (refusal.closeConnection) res.setHeader('Connection', 'close');
  sendJsonError(res, refusal.status, refusal.code, refusal.message);
}
