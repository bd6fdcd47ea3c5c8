import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { connectDriver } from '../src/db/driver';
import { QueryRunner } from '../src/db/query-runner';
import { freePort, startScratchNeo4j } from '../src/local-neo4j/local-neo4j';
import { logger } from '../src/logger';
import { SEEDS_DIR } from '../src/paths';
import { loadSeeds } from '../src/seed/load-seeds';
import { readSeeds } from '../src/seed/seed-files';

/**
 * `npm run soak`: bounded load over loopback against the built API (its own process, so its RSS
 * is its own) on a throwaway seeded Neo4j. After a 10 s warm-up it measures the capacity (closed
 * loop, 32 connections, 15 s: twice the API's concurrency, so it saturates), then
 * offers 1× and 2× that rate for SOAK_SECONDS each (default 60) and reports, per run, the
 * answers by status, p50/p99 of accepted (200) answers, p99 of refused (503) ones, and the API's
 * RSS before, after each run, and after 15 s idle.
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const MAIN = path.join(__dirname, '..', 'src', 'main.js');

const QUERIES = [
  '{ career(slug: "medical-records-specialists") { title medianPay { annual } settings { sharePct setting { name } } credentials { role credential { name issuer { name } } } traits { name } } }',
  '{ careers(filter: { entryEducation: { atMost: ASSOCIATES_DEGREE } }, sort: [{ field: MEDIAN_PAY, direction: DESC }], first: 20) { totalCount edges { node { slug title medianPay { annual } } } } }',
  '{ search(text: "nurse", first: 10) { type id title } }',
  '{ similarCareers(slug: "registered-nurses", by: SHARED_SETTINGS, first: 5) { score career { title } } }',
];

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return Math.round(kb / 1024);
}

function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return Math.round(
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0,
  );
}

interface RunReport {
  run: string;
  offeredRate: number | null;
  seconds: number;
  accepted: number;
  refused503: number;
  otherErrors: number;
  acceptedPerSec: number;
  p50AcceptedMs: number | null;
  p99AcceptedMs: number | null;
  p99RefusedMs: number | null;
  rssAfterMb: number;
}

async function load(
  url: string,
  pid: number,
  run: string,
  opts: { seconds: number; connections: number; overallRate?: number },
): Promise<RunReport> {
  const accepted: number[] = [];
  const refused: number[] = [];
  let otherErrors = 0;
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (err: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      connections: opts.connections,
      duration: opts.seconds,
      timeout: 30,
      ...(opts.overallRate !== undefined && { overallRate: opts.overallRate }),
      requests: QUERIES.map((query) => ({ body: JSON.stringify({ query }) })),
    },
    (err: unknown, result: autocannon.Result) => (err ? fail(err) : finish(result)),
  );
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status === 200) accepted.push(ms);
    else if (status === 503) refused.push(ms);
    else otherErrors += 1;
  });
  const result = await done;
  otherErrors += result.errors + result.timeouts;
  accepted.sort((a, b) => a - b);
  refused.sort((a, b) => a - b);
  return {
    run,
    offeredRate: opts.overallRate ?? null,
    seconds: opts.seconds,
    accepted: accepted.length,
    refused503: refused.length,
    otherErrors,
    acceptedPerSec: Math.round(accepted.length / opts.seconds),
    p50AcceptedMs: percentile(accepted, 50),
    p99AcceptedMs: percentile(accepted, 99),
    p99RefusedMs: percentile(refused, 99),
    rssAfterMb: rssMb(pid),
  };
}

async function waitReady(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the API did not become ready');
}

async function main(): Promise<void> {
  const neo4j = await startScratchNeo4j('soak', { pageCache: '128m' });
  let child: ChildProcess | null = null;
  try {
    const driver = await connectDriver({ uri: neo4j.uri, ...neo4j.credentials });
    await loadSeeds(
      new QueryRunner(driver, { timeoutMs: 60_000, logger: logger.child({}, { level: 'silent' }) }),
      readSeeds(SEEDS_DIR),
    );
    await driver.close();

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        PORT: String(port),
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.credentials.user,
        NEO4J_PASSWORD: neo4j.credentials.password,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await waitReady(url, child);
    const pid = child.pid as number;
    const rssStartMb = rssMb(pid);

    // Warm-up (JIT, Neo4j's plan cache), not reported; then the capacity at saturation.
    await load(url, pid, 'warm-up', { seconds: 10, connections: 16 });
    const capacity = await load(url, pid, 'capacity (closed loop, 32 connections)', {
      seconds: 15,
      connections: 32,
    });
    await new Promise((r) => setTimeout(r, 5000));
    const rssBaselineMb = rssMb(pid);
    const rate = Math.max(1, capacity.acceptedPerSec);
    const runs = [capacity];
    for (const factor of [1, 2]) {
      runs.push(
        await load(url, pid, `${factor}× capacity (${rate * factor} req/s offered)`, {
          seconds: SECONDS,
          connections: 128,
          overallRate: rate * factor,
        }),
      );
    }
    await new Promise((r) => setTimeout(r, 15_000));
    const rssIdleMb = rssMb(pid);

    const one = runs[1];
    const two = runs[2];
    const summary = {
      capacityPerSec: rate,
      rssStartMb,
      rssBaselineMb,
      rssIdleAfterMb: rssIdleMb,
      rssChangePct: Math.round(((rssIdleMb - rssBaselineMb) / rssBaselineMb) * 100),
      p99RatioAcceptedTwoToOne:
        one?.p99AcceptedMs && two?.p99AcceptedMs
          ? Math.round((two.p99AcceptedMs / one.p99AcceptedMs) * 100) / 100
          : null,
    };
    console.table(runs);
    console.log(JSON.stringify({ runs, summary }, null, 2));
  } finally {
    child?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 2000));
    await neo4j.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
