/**
 * Requests take turns: after each Neo4j answer, a request's own work (decoding rows, then the
 * GraphQL execution and the answer they lead to) waits for its turn, and one turn runs per
 * iteration of the event loop, in arrival order.
 *
 * Why: libuv accepts one new connection per loop iteration (libuv PR #3696), and reads each
 * socket once per iteration. When eight answers of 10–20 ms of work each land in one iteration, it
 * lasts over 100 ms; a burst of 100 new connections then took seconds just to be accepted, and a
 * refusal, which costs well under a millisecond, waited behind all of it. Measured on the page of
 * 50 at 8 running requests, with 100 to 300 clients retrying at once: refusals' p99 went from
 * 217–4,282 ms to 35–46 ms, and the first answer of 100 new connections from up to 2.4 s to
 * under 0.9 s, for the same throughput at 8 connections.
 */
const waiting: Array<() => void> = [];
let scheduled = false;

/** Resolves in a later iteration of the event loop, after every turn asked for before it. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!scheduled) {
      scheduled = true;
      setImmediate(runOne);
    }
  });
}

function runOne(): void {
  // The resolved request runs in this callback's microtasks, before the next check-phase
  // callback; the next turn is asked from inside the check phase, so it comes an iteration later.
  waiting.shift()?.();
  if (waiting.length > 0) setImmediate(runOne);
  else scheduled = false;
}
