import {
  Admission,
  type AdmissionOptions,
  type Exchange,
  type Refusal,
  type Ticket,
} from '../../src/api/limits/admission';
import { logger } from '../../src/logger';

/**
 * Admission driven through every path a request can take, with fake timers and fake exchanges:
 * after each, the counts must be back where they started, and every slot given back once.
 */

const OPTIONS: AdmissionOptions = {
  requestTimeoutMs: 1000,
  maxConcurrent: 2,
  maxQueued: 3,
  maxQueueWaitMs: 100,
  slotGraceMs: 500,
};

/** A fake HTTP exchange: the test says when the answer is sent or the client leaves. */
class FakeExchange implements Exchange {
  gone = false;
  destroyed = false;
  started: Ticket | null = null;
  refused: Refusal | null = null;
  private listeners = new Set<(answered: boolean) => void>();

  isGone(): boolean {
    return this.gone;
  }
  onEnd(listener: (answered: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  destroy(): void {
    this.destroyed = true;
    this.leave();
  }
  /** The answer was handed to the socket: `finish`, then `close`, as Node reports them. */
  answer(): void {
    for (const l of [...this.listeners]) l(true);
    for (const l of [...this.listeners]) l(true);
  }
  /** The client went away before the answer: `close` of the response and of the socket. */
  leave(): void {
    this.gone = true;
    for (const l of [...this.listeners]) l(false);
    for (const l of [...this.listeners]) l(false);
  }
  get listening(): number {
    return this.listeners.size;
  }
}

function setUp(options: Partial<AdmissionOptions> = {}) {
  const errors: unknown[] = [];
  const log = logger.child({}, { level: 'silent' });
  log.error = ((obj: unknown) => {
    errors.push(obj);
  }) as typeof log.error;
  const admission = new Admission({ ...OPTIONS, ...options }, log);
  const enter = (): FakeExchange => {
    const x = new FakeExchange();
    admission.enter(x, {
      start: (t) => {
        x.started = t;
      },
      refuse: (r) => {
        x.refused = r;
      },
    });
    return x;
  };
  return { admission, enter, errors };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('admission', () => {
  it('when requests are answered, then each slot is given back once and the queue moves on', () => {
    const { admission, enter } = setUp();
    const [a, b, c] = [enter(), enter(), enter()];
    expect([a.started, b.started, c.started].map(Boolean)).toEqual([true, true, false]);
    expect(admission.inFlight).toBe(3);
    a.answer();
    expect(c.started).not.toBeNull();
    expect(admission.inFlight).toBe(2);
    b.answer();
    c.answer();
    // A second report of the same end changes nothing.
    a.answer();
    expect(admission.inFlight).toBe(0);
    expect([a, b, c].map((x) => x.listening)).toEqual([0, 0, 0]);
  });

  it('when a queued client leaves, then it leaves the queue, never starts, and takes no slot', () => {
    const { admission, enter } = setUp();
    const [a, b, queued] = [enter(), enter(), enter()];
    queued.leave();
    expect(admission.inFlight).toBe(2);
    a.answer();
    b.answer();
    expect(queued.started).toBeNull();
    expect(admission.inFlight).toBe(0);
    expect(admission.capacity()).toMatchObject({ running: 0, queued: 0 });
  });

  it('when a queued client is gone unnoticed by the time its turn comes, then it is skipped', () => {
    const { admission, enter } = setUp();
    const [a, , queued, next] = [enter(), enter(), enter(), enter()];
    // Gone without a reported end (a socket torn down before its listeners could run).
    queued.gone = true;
    a.answer();
    expect(queued.started).toBeNull();
    expect(next.started).not.toBeNull();
    expect(admission.inFlight).toBe(2);
  });

  it('when a running client leaves, then its work is aborted with CLIENT_CLOSED_REQUEST and its slot given back at once', () => {
    const { admission, enter } = setUp();
    const [a, , queued] = [enter(), enter(), enter()];
    const signal = a.started?.budget.signal;
    a.leave();
    expect(signal?.aborted).toBe(true);
    expect((signal?.reason as { extensions?: { code?: string } }).extensions?.code).toBe(
      'CLIENT_CLOSED_REQUEST',
    );
    expect(queued.started).not.toBeNull();
    expect(admission.inFlight).toBe(2);
  });

  it('when a client that has already gone arrives, then it is neither queued nor started', () => {
    const { admission } = setUp();
    const x = new FakeExchange();
    x.gone = true;
    const start = jest.fn();
    const refuse = jest.fn();
    admission.enter(x, { start, refuse });
    expect([start.mock.calls.length, refuse.mock.calls.length, admission.inFlight]).toEqual([
      0, 0, 0,
    ]);
  });

  it('when the queue is full, then a newcomer is refused SERVER_BUSY with Retry-After at once', () => {
    const { admission, enter } = setUp();
    for (let i = 0; i < 5; i++) enter();
    const late = enter();
    expect(late.refused).toMatchObject({ status: 503, code: 'SERVER_BUSY', retryAfter: 1 });
    expect(admission.refusalNow()?.code).toBe('SERVER_BUSY');
    expect(admission.inFlight).toBe(5);
  });

  it('when a request has waited maxQueueWaitMs, then it is refused SERVER_BUSY and leaves the queue', () => {
    const { admission, enter } = setUp();
    const [a, , queued] = [enter(), enter(), enter()];
    jest.advanceTimersByTime(99);
    expect(queued.refused).toBeNull();
    jest.advanceTimersByTime(1);
    expect(queued.refused?.code).toBe('SERVER_BUSY');
    expect(admission.inFlight).toBe(2);
    a.answer();
    expect(queued.started).toBeNull();
    expect(queued.listening).toBe(0);
  });

  it('when recent requests show the queue would wait past its bound, then a newcomer is refused at once instead of queued', () => {
    const { admission, enter } = setUp();
    // Requests take 80 ms on 2 slots: the first in the queue can expect ~40 ms (within half
    // the 100 ms bound, the margin kept for variance), the second ~80 ms, so it is refused
    // though the queue has room.
    const [a, b] = [enter(), enter()];
    jest.advanceTimersByTime(80);
    a.answer();
    b.answer();
    const [, , first] = [enter(), enter(), enter()];
    expect(first.refused).toBeNull();
    expect(enter().refused?.code).toBe('SERVER_BUSY');
    expect(admission.inFlight).toBe(3);
  });

  it('when a running request passes its deadline, then it is aborted with QUERY_TIMEOUT; its answer gives the slot back', () => {
    const { admission, enter } = setUp();
    const a = enter();
    jest.advanceTimersByTime(1000);
    const reason = a.started?.budget.signal.reason as { extensions?: { code?: string } };
    expect(reason.extensions?.code).toBe('QUERY_TIMEOUT');
    a.answer();
    expect(admission.inFlight).toBe(0);
  });

  it('when a slot is held past the deadline and the grace period, then it is logged with the operation and its connection closed', () => {
    const { admission, enter, errors } = setUp();
    const stuck = enter();
    if (stuck.started) stuck.started.operation = 'StuckPage';
    jest.advanceTimersByTime(1000 + 499);
    expect(errors).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(errors).toEqual([expect.objectContaining({ operation: 'StuckPage' })]);
    expect(stuck.destroyed).toBe(true);
    expect(admission.inFlight).toBe(0);
  });

  it('when an exchange ignores destroy(), then the leaked slot is given back all the same', () => {
    const { admission } = setUp();
    const x = new FakeExchange();
    x.destroy = () => undefined;
    admission.enter(x, { start: () => undefined, refuse: () => undefined });
    jest.advanceTimersByTime(1500);
    expect(admission.inFlight).toBe(0);
  });

  it('when every slot is held and none is given back for longer than the deadline, then capacity says wedged', () => {
    const { admission, enter } = setUp({ slotGraceMs: 60_000 });
    enter();
    enter();
    enter();
    jest.advanceTimersByTime(1000);
    expect(admission.capacity().wedged).toBe(false);
    jest.advanceTimersByTime(1);
    expect(admission.capacity()).toMatchObject({ wedged: true, running: 2 });
  });

  it('when idle for long, then capacity is not wedged', () => {
    const { admission } = setUp();
    jest.advanceTimersByTime(10_000);
    expect(admission.capacity()).toMatchObject({ wedged: false, running: 0, queued: 0 });
  });

  it('when draining, then newcomers get SHUTTING_DOWN with the connection closed, and drain resolves once the last one answers', async () => {
    const { admission, enter } = setUp();
    const [a, b, queued] = [enter(), enter(), enter()];
    let drained = false;
    const done = admission.drain().then(() => {
      drained = true;
    });
    expect(enter().refused).toMatchObject({ code: 'SHUTTING_DOWN', closeConnection: true });
    a.answer();
    b.answer();
    await Promise.resolve();
    expect(drained).toBe(false);
    queued.leave();
    await done;
    expect(drained).toBe(true);
    expect(admission.inFlight).toBe(0);
  });

  it('when the database goes down, then abortAll aborts every running request with its reason', () => {
    const { admission, enter } = setUp();
    const [a, b] = [enter(), enter()];
    const reason = new Error('down');
    admission.abortAll(reason);
    expect([a.started?.budget.signal.reason, b.started?.budget.signal.reason]).toEqual([
      reason,
      reason,
    ]);
  });

  it('when paths mix at random, then the counts always match the exchanges still open and end at zero', () => {
    const { admission, enter } = setUp();
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const open: FakeExchange[] = [];
    for (let step = 0; step < 2000; step++) {
      const action = random(5);
      if (action <= 1) {
        const x = enter();
        if (!x.refused) open.push(x);
      } else if (action === 4) {
        jest.advanceTimersByTime(random(300));
      } else if (open.length > 0) {
        const [x] = open.splice(random(open.length), 1);
        if (action === 2) x?.answer();
        else x?.leave();
      }
      const live = open.filter((x) => !x.refused && !x.gone && x.listening > 0);
      expect(admission.inFlight).toBe(live.length);
      expect(admission.capacity().running).toBeLessThanOrEqual(OPTIONS.maxConcurrent);
    }
    for (const x of open) x.answer();
    jest.advanceTimersByTime(10_000);
    expect(admission.inFlight).toBe(0);
  });
});
