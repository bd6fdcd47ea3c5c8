import Table from 'cli-table3';
import { fmt } from '../bench/table';

/**
 * The pure half of `npm run soak`'s burst profile: percentiles, one row per burst, the summary per
 * connection count, the verdict, and their tables. Everything here takes measurements and returns
 * figures or text; the measuring is in soak.ts.
 */

/** Nearest-rank percentile of ascending `sorted`, rounded to a millisecond; null when empty. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return Math.round(
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0,
  );
}

/** What one burst measured: the client's view of the load, then the server's recovery. */
export interface BurstSample {
  connections: number;
  /** 1-based, within its connection count. */
  burst: number;
  /** Latencies (ms) of the 200 and 503 answers. */
  acceptedMs: readonly number[];
  refusedMs: readonly number[];
  /** Answers with any status other than 200 and 503, by status. */
  otherStatuses: Readonly<Record<string, number>>;
  /** Requests that got no answer while the burst ran, by kind (ECONNRESET, timeout, …). */
  clientErrors: Readonly<Record<string, number>>;
  /** `requestsInFlight` of the first `/readyz` read after the burst; null when it did not answer. */
  inFlightAfter: number | null;
  /** From the end of the burst until `/readyz` said 0 in flight; null when not within the deadline. */
  msToZero: number | null;
  /** The normal query after the recovery: its HTTP status (0: no answer) and time. */
  normalQuery: { status: number; ms: number };
}

export interface BurstRow {
  connections: number;
  burst: number;
  ok200: number;
  refused503: number;
  otherStatus: number;
  otherStatuses: Readonly<Record<string, number>>;
  noAnswer: number;
  clientErrors: Readonly<Record<string, number>>;
  p50AcceptedMs: number | null;
  p99AcceptedMs: number | null;
  p99RefusedMs: number | null;
  inFlightAfter: number | null;
  msToZero: number | null;
  normalQueryStatus: number;
  normalQueryMs: number;
}

export interface ConnectionSummary {
  connections: number;
  bursts: number;
  /** Over all the bursts' accepted answers together. */
  p99AcceptedMs: number | null;
  /** That p99 over the baseline's (8 connections); null when either is missing. */
  p99AcceptedRatio: number | null;
  p99RefusedMs: number | null;
  /** The same bursts' refusals from a server that only refuses (scripts/refusal-floor.ts). */
  p99RefusedFloorMs: number | null;
  maxInFlightAfter: number | null;
  /** Null when some burst did not get back to 0 within the deadline. */
  maxMsToZero: number | null;
}

const ascending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const maxOf = (values: ReadonlyArray<number | null>): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.max(...known);
};

export function burstRow(sample: BurstSample): BurstRow {
  const accepted = ascending(sample.acceptedMs);
  const refused = ascending(sample.refusedMs);
  return {
    connections: sample.connections,
    burst: sample.burst,
    ok200: accepted.length,
    refused503: refused.length,
    otherStatus: sum(Object.values(sample.otherStatuses)),
    otherStatuses: sample.otherStatuses,
    noAnswer: sum(Object.values(sample.clientErrors)),
    clientErrors: sample.clientErrors,
    p50AcceptedMs: percentile(accepted, 50),
    p99AcceptedMs: percentile(accepted, 99),
    p99RefusedMs: percentile(refused, 99),
    inFlightAfter: sample.inFlightAfter,
    msToZero: sample.msToZero,
    normalQueryStatus: sample.normalQuery.status,
    normalQueryMs: sample.normalQuery.ms,
  };
}

/** One line per connection count, in the order the counts were first run. */
export function summarise(
  samples: readonly BurstSample[],
  baselineP99Ms: number | null,
  floorRefusedMs: ReadonlyMap<number, readonly number[]> = new Map(),
): ConnectionSummary[] {
  const counts = [...new Set(samples.map((s) => s.connections))];
  return counts.map((connections) => {
    const mine = samples.filter((s) => s.connections === connections);
    const p99AcceptedMs = percentile(ascending(mine.flatMap((s) => s.acceptedMs)), 99);
    return {
      connections,
      bursts: mine.length,
      p99AcceptedMs,
      p99AcceptedRatio:
        p99AcceptedMs !== null && baselineP99Ms
          ? Math.round((p99AcceptedMs / baselineP99Ms) * 100) / 100
          : null,
      p99RefusedMs: percentile(ascending(mine.flatMap((s) => s.refusedMs)), 99),
      p99RefusedFloorMs: percentile(ascending(floorRefusedMs.get(connections) ?? []), 99),
      maxInFlightAfter: maxOf(mine.map((s) => s.inFlightAfter)),
      // A burst that never got back to 0 outweighs any time.
      maxMsToZero: mine.some((s) => s.msToZero === null)
        ? null
        : maxOf(mine.map((s) => s.msToZero)),
    };
  });
}

/** `2× 500, 1× 413`, largest first; empty when every count is 0. */
function nonZero(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([what, n]) => `${n}× ${what}`)
    .join(', ');
}

/**
 * Why the burst profile fails, one sentence each; empty when it passes. It fails when a burst left
 * requests in flight past the deadline, got an answer that is neither 200 nor 503 (or none at all),
 * when the normal query after a burst was not answered 200, or when `/readyz` is not 200 at the end.
 */
export function verdict(
  samples: readonly BurstSample[],
  deadlineMs: number,
  readyzStatusAfter: number,
): string[] {
  const problems: string[] = [];
  for (const s of samples) {
    const which = `burst ${s.burst} of ${s.connections} connections`;
    if (s.msToZero === null) {
      problems.push(
        s.inFlightAfter === null
          ? `${which}: /readyz did not say how many requests are in flight`
          : `${which}: requests still in flight ${deadlineMs} ms after it ended (${s.inFlightAfter} right after)`,
      );
    }
    const others = nonZero(s.otherStatuses);
    if (others) problems.push(`${which}: answers other than 200 or 503 (${others})`);
    const errors = nonZero(s.clientErrors);
    if (errors) problems.push(`${which}: requests that got no answer (${errors})`);
    if (s.normalQuery.status !== 200) {
      problems.push(
        `${which}: the normal query after it got ${s.normalQuery.status === 0 ? 'no answer' : s.normalQuery.status}`,
      );
    }
  }
  if (readyzStatusAfter !== 200) {
    problems.push(
      `/readyz answered ${readyzStatusAfter === 0 ? 'nothing' : readyzStatusAfter} after the bursts`,
    );
  }
  return problems;
}

const ms = (v: number | null): string => (v === null ? '–' : fmt(v));
function table(head: string[], rows: string[][]): string {
  const t = new Table({
    head,
    colAligns: head.map(() => 'right' as const),
    style: { head: [], border: [], compact: true },
  });
  t.push(...rows);
  return t.toString();
}

export function burstTable(rows: readonly BurstRow[]): string {
  return table(
    [
      'conn.',
      'burst',
      '200',
      '503',
      'other',
      'no answer',
      'p50 200 ms',
      'p99 200 ms',
      'p99 503 ms',
      'in flight after',
      'ms to 0',
      'normal query ms',
    ],
    rows.map((r) => [
      fmt(r.connections),
      String(r.burst),
      fmt(r.ok200),
      fmt(r.refused503),
      fmt(r.otherStatus),
      fmt(r.noAnswer),
      ms(r.p50AcceptedMs),
      ms(r.p99AcceptedMs),
      ms(r.p99RefusedMs),
      r.inFlightAfter === null ? '–' : fmt(r.inFlightAfter),
      r.msToZero === null ? 'not 0' : fmt(r.msToZero),
      r.normalQueryStatus === 200 ? fmt(r.normalQueryMs) : `${r.normalQueryStatus || 'none'}`,
    ]),
  );
}

export function summaryTable(
  summaries: readonly ConnectionSummary[],
  baseline: { connections: number; p99AcceptedMs: number | null },
): string {
  return table(
    [
      'conn.',
      'bursts',
      'p99 200 ms',
      `÷ p99 at ${baseline.connections} conn. (${ms(baseline.p99AcceptedMs)} ms)`,
      'p99 503 ms',
      'p99 503 ms, a server that only refuses',
      'max in flight after',
      'max ms to 0',
    ],
    summaries.map((s) => [
      fmt(s.connections),
      String(s.bursts),
      ms(s.p99AcceptedMs),
      s.p99AcceptedRatio === null ? '–' : `${fmt(s.p99AcceptedRatio, 2)}×`,
      ms(s.p99RefusedMs),
      ms(s.p99RefusedFloorMs),
      s.maxInFlightAfter === null ? '–' : fmt(s.maxInFlightAfter),
      s.maxMsToZero === null ? 'not 0' : fmt(s.maxMsToZero),
    ]),
  );
}
