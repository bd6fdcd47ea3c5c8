import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { Command, InvalidArgumentError, Option } from 'commander';
import { format } from 'prettier';
import { loadConfig, type RequestLimits } from '../src/config';
import { freePort, startScratchNeo4j } from '../src/local-neo4j/local-neo4j';
import { REPO_ROOT } from '../src/paths';
import { commit, machine } from '../bench/run-info';
import { loadSeedsAt } from '../src/seed/load-seeds-at';
import {
  burstRow,
  burstTable,
  percentile,
  summarise,
  summaryTable,
  verdict,
  type BurstSample,
} from './soak-report';

/**
 * `npm run soak [-- --profile steady|burst|all]`: bounded load over loopback against the built API
 * (its own process, so its RSS is its own) on a throwaway seeded Neo4j.
 *
 * steady: after a 10 s warm-up it measures the capacity (closed loop, 32 connections, 15 s: more
 * than the API runs at once, so it saturates), then offers 1× and 2× that rate for --seconds each
 * (SOAK_SECONDS, default 60) and reports, per run, the answers by status, p50/p99 of accepted
 * (200) answers, p99 of refused (503) ones, and the API's RSS before, after each run, and after
 * 15 s idle.
 *
 * burst: the page of 50 at 8 connections for a baseline p99, then for each count of
 * --burst-connections, --bursts bursts: that many connections open together, ask for the page for
 * --burst-seconds and leave together (autocannon destroys every socket at the end, in one loop,
 * abandoning the requests still in flight). After each burst `/readyz` is polled until nothing is
 * in flight, for at most REQUEST_TIMEOUT_MS, then a normal query is timed. It fails when a burst
 * leaves requests in flight, gets an answer other than 200/503 (or none), or `/readyz` is not 200
 * at the end. The same bursts then go to a server that only refuses (scripts/refusal-floor.ts):
 * its refusal p99 stands beside the API's, the floor this machine and load generator allow.
 *
 * The report goes to stdout (tables) and bench/results/<date>-soak.json.
 */
const MAIN = path.join(__dirname, '..', 'src', 'main.js');
const REFUSAL_FLOOR = path.join(__dirname, 'refusal-floor.js');

const QUERIES = [
  '{ career(slug: "medical-records-specialists") { title medianPay { annual } settings { sharePct setting { name } } credentials { role credential { name issuer { name } } } traits { name } } }',
  '{ careers(filter: { entryEducation: { atMost: ASSOCIATES_DEGREE } }, sort: [{ field: MEDIAN_PAY, direction: DESC }], first: 20) { totalCount edges { node { slug title medianPay { annual } } } } }',
  '{ search(text: "nurse", first: 10) { type id title } }',
  '{ similarCareers(slug: "registered-nurses", by: SHARED_SETTINGS, first: 5) { score career { title } } }',
];

/** The page of 50 with its lists: the burst profile's one question. */
const PAGE =
  '{ careers(first: 50) { totalCount edges { node { slug settings { sharePct setting { id } } credentials { credential { id issuer { id } } } traits { id } similarOccupations { slug } } } } }';
const NORMAL = '{ __typename }';

/** The baseline the bursts' p99 is compared with: the bench's connections, after a warm-up. */
const BASELINE = { connections: 8, warmupSeconds: 3, seconds: 5 };
const READYZ_POLL_MS = 25;

const PROFILES = ['steady', 'burst', 'all'] as const;
type Profile = (typeof PROFILES)[number];

interface Options {
  profile: Profile;
  seconds: number;
  bursts: number;
  burstConnections: number[];
  burstSeconds: number;
  pause: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return Math.round(kb / 1024);
}

/** The client's view of one autocannon run. */
interface Hammered {
  /** Latencies (ms) of the 200 and 503 answers, ascending. */
  accepted: number[];
  refused: number[];
  otherStatuses: Record<string, number>;
  /** Requests without an answer, by kind: a socket error's code, or `timeout`. */
  clientErrors: Record<string, number>;
}

/**
 * One closed-loop (or, with `overallRate`, open-loop) run of POSTs to /graphql. All connections
 * open at the start; at the end autocannon destroys every socket at once, so requests still in
 * flight are abandoned and their answers, if any come, are not counted.
 */
async function hammer(
  url: string,
  opts: {
    seconds: number;
    connections: number;
    queries: readonly string[];
    timeoutSeconds: number;
    overallRate?: number;
  },
): Promise<Hammered> {
  const accepted: number[] = [];
  const refused: number[] = [];
  const otherStatuses: Record<string, number> = {};
  const clientErrors: Record<string, number> = {};
  await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        connections: opts.connections,
        duration: opts.seconds,
        timeout: opts.timeoutSeconds,
        ...(opts.overallRate !== undefined && { overallRate: opts.overallRate }),
        requests: opts.queries.map((query) => ({ body: JSON.stringify({ query }) })),
      },
      (err: unknown, done: autocannon.Result) => (err ? reject(err) : resolve(done)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status === 200) accepted.push(ms);
      else if (status === 503) refused.push(ms);
      else otherStatuses[status] = (otherStatuses[status] ?? 0) + 1;
    });
    // Once per error and per timeout (autocannon's `errors` counts both).
    instance.on('reqError', (err: Error & { code?: string }) => {
      const kind = err.code ?? (err.message === 'request timed out' ? 'timeout' : err.message);
      clientErrors[kind] = (clientErrors[kind] ?? 0) + 1;
    });
  });
  accepted.sort((a, b) => a - b);
  refused.sort((a, b) => a - b);
  return { accepted, refused, otherStatuses, clientErrors };
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
  const h = await hammer(url, { ...opts, queries: QUERIES, timeoutSeconds: 30 });
  return {
    run,
    offeredRate: opts.overallRate ?? null,
    seconds: opts.seconds,
    accepted: h.accepted.length,
    refused503: h.refused.length,
    otherErrors: [...Object.values(h.otherStatuses), ...Object.values(h.clientErrors)].reduce(
      (a, b) => a + b,
      0,
    ),
    acceptedPerSec: Math.round(h.accepted.length / opts.seconds),
    p50AcceptedMs: percentile(h.accepted, 50),
    p99AcceptedMs: percentile(h.accepted, 99),
    p99RefusedMs: percentile(h.refused, 99),
    rssAfterMb: rssMb(pid),
  };
}

async function steadyProfile(url: string, pid: number, seconds: number) {
  const rssStartMb = rssMb(pid);
  // Warm-up (JIT, Neo4j's plan cache), not reported; then the capacity at saturation.
  await load(url, pid, 'warm-up', { seconds: 10, connections: 16 });
  const capacity = await load(url, pid, 'capacity (closed loop, 32 connections)', {
    seconds: 15,
    connections: 32,
  });
  await sleep(5000);
  const rssBaselineMb = rssMb(pid);
  const rate = Math.max(1, capacity.acceptedPerSec);
  const runs = [capacity];
  for (const factor of [1, 2]) {
    runs.push(
      await load(url, pid, `${factor}× capacity (${rate * factor} req/s offered)`, {
        seconds,
        connections: 128,
        overallRate: rate * factor,
      }),
    );
  }
  await sleep(15_000);
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
  return { runs, summary };
}

interface Readiness {
  status: number;
  requestsInFlight: number | null;
}

/** One read of /readyz; status 0 when it did not answer within a second. */
async function readyz(url: string): Promise<Readiness> {
  try {
    const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(1000) });
    const body = (await res.json()) as { requestsInFlight?: unknown };
    const n = body.requestsInFlight;
    return { status: res.status, requestsInFlight: typeof n === 'number' ? n : null };
  } catch {
    return { status: 0, requestsInFlight: null };
  }
}

/**
 * Right after a burst: the first in-flight count, and how long (from `endedAt`) until `/readyz`
 * said 0; null when it did not within `deadlineMs`.
 */
async function recovery(
  url: string,
  endedAt: number,
  deadlineMs: number,
): Promise<{ inFlightAfter: number | null; msToZero: number | null }> {
  let inFlightAfter: number | null | undefined;
  for (;;) {
    const { requestsInFlight } = await readyz(url);
    const elapsed = performance.now() - endedAt;
    if (inFlightAfter === undefined) inFlightAfter = requestsInFlight;
    if (requestsInFlight === 0) return { inFlightAfter, msToZero: Math.round(elapsed) };
    if (elapsed >= deadlineMs) return { inFlightAfter, msToZero: null };
    await sleep(READYZ_POLL_MS);
  }
}

/** One query's HTTP status (0: no answer within `timeoutMs`) and its time. */
async function timeQuery(
  url: string,
  query: string,
  timeoutMs: number,
): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const status = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(timeoutMs),
  }).then(
    async (res) => {
      await res.arrayBuffer();
      return res.status;
    },
    () => 0,
  );
  return { status, ms: Math.round(performance.now() - started) };
}

/**
 * The refusals' floor: the same bursts against a server that only refuses, in a process of its
 * own. Its refused answers' times, by connection count.
 */
async function refusalFloor(
  opts: Options,
  page: { queries: readonly string[]; timeoutSeconds: number },
): Promise<Map<number, number[]>> {
  const floor = spawn(process.execPath, [REFUSAL_FLOOR], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      floor.once('exit', (code) => reject(new Error(`the refusal floor exited with ${code}`)));
      floor.stdout?.once('data', (chunk: Buffer) => resolve(Number(String(chunk).trim())));
    });
    const url = `http://127.0.0.1:${port}`;
    const refused = new Map<number, number[]>();
    for (const connections of opts.burstConnections) {
      process.stderr.write(
        `  refusal floor: ${opts.bursts} bursts of ${connections} connections…\n`,
      );
      for (let burst = 1; burst <= opts.bursts; burst++) {
        await sleep(opts.pause);
        const h = await hammer(url, { ...page, connections, seconds: opts.burstSeconds });
        refused.set(connections, [...(refused.get(connections) ?? []), ...h.refused]);
      }
    }
    return refused;
  } finally {
    floor.kill('SIGTERM');
  }
}

/** `apiExit` says how the API ended, or null while it runs: the bursts stop when it has. */
async function burstProfile(
  url: string,
  opts: Options,
  limits: RequestLimits,
  apiExit: () => string | null,
) {
  const deadlineMs = limits.requestTimeoutMs;
  // The client waits past the server's deadline, so a request the server holds too long shows
  // up as a late answer or a timeout, not as one the client gave up on first.
  const timeoutSeconds = Math.ceil(deadlineMs / 1000) + 2;
  const page = { queries: [PAGE], timeoutSeconds };
  process.stderr.write(`burst profile: baseline at ${BASELINE.connections} connections…\n`);
  await hammer(url, {
    ...page,
    connections: BASELINE.connections,
    seconds: BASELINE.warmupSeconds,
  });
  const base = await hammer(url, {
    ...page,
    connections: BASELINE.connections,
    seconds: BASELINE.seconds,
  });
  const baseline = {
    connections: BASELINE.connections,
    seconds: BASELINE.seconds,
    ok200: base.accepted.length,
    refused503: base.refused.length,
    p50AcceptedMs: percentile(base.accepted, 50),
    p99AcceptedMs: percentile(base.accepted, 99),
  };

  const samples: BurstSample[] = [];
  bursts: for (const connections of opts.burstConnections) {
    for (let burst = 1; burst <= opts.bursts; burst++) {
      await sleep(opts.pause);
      if (apiExit() !== null) break bursts;
      const h = await hammer(url, { ...page, connections, seconds: opts.burstSeconds });
      const after = await recovery(url, performance.now(), deadlineMs);
      const normalQuery = await timeQuery(url, NORMAL, deadlineMs);
      const sample: BurstSample = {
        connections,
        burst,
        acceptedMs: h.accepted,
        refusedMs: h.refused,
        otherStatuses: h.otherStatuses,
        clientErrors: h.clientErrors,
        ...after,
        normalQuery,
      };
      samples.push(sample);
      process.stderr.write(
        `  ${connections} connections, burst ${burst}/${opts.bursts}: ${h.accepted.length}× 200, ` +
          `${h.refused.length}× 503, in flight ${after.inFlightAfter ?? '?'} → ` +
          `${after.msToZero === null ? `not 0 after ${deadlineMs} ms` : `0 in ${after.msToZero} ms`}\n`,
      );
    }
  }
  const readyzAfter = await readyz(url);
  const floor = await refusalFloor(opts, page);
  return {
    baseline,
    bursts: samples.map(burstRow),
    summary: summarise(samples, baseline.p99AcceptedMs, floor),
    readyzStatusAfter: readyzAfter.status,
    problems: verdict(samples, deadlineMs, readyzAfter.status),
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
    await sleep(100);
  }
  throw new Error('the API did not become ready');
}

async function main(opts: Options): Promise<void> {
  const started = new Date();
  const neo4j = await startScratchNeo4j('soak', { pageCache: '128m' });
  let child: ChildProcess | null = null;
  const problems: string[] = [];
  try {
    await loadSeedsAt({ uri: neo4j.uri, ...neo4j.credentials });

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.credentials.user,
      NEO4J_PASSWORD: neo4j.credentials.password,
      LOG_LEVEL: 'warn',
    };
    // The limits the API will run with: the same environment, read by the same code.
    const limits = loadConfig(env).limits;
    child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    let exit: string | null = null;
    child.once('exit', (code, signal) => {
      exit = signal ? `signal ${signal}` : `code ${code}`;
    });
    const apiExit = (): string | null => exit;
    await waitReady(url, child);
    const pid = child.pid as number;

    const report: Record<string, unknown> = {
      date: started.toISOString(),
      commit: commit(),
      machine: machine(),
      options: opts,
      limits: {
        maxConcurrent: limits.maxConcurrent,
        maxQueued: limits.maxQueued,
        maxQueueWaitMs: limits.maxQueueWaitMs,
        requestTimeoutMs: limits.requestTimeoutMs,
      },
    };
    if (opts.profile !== 'burst') {
      const steady = await steadyProfile(url, pid, opts.seconds);
      report.steady = steady;
      console.table(steady.runs);
      process.stdout.write(`${JSON.stringify(steady.summary)}\n\n`);
    }
    if (opts.profile !== 'steady') {
      const burst = await burstProfile(url, opts, limits, apiExit);
      report.burst = burst;
      problems.push(...burst.problems);
      process.stdout.write(
        `\nBursts of the page of 50: ${opts.bursts} per connection count, ${opts.burstSeconds} s each, ` +
          `${opts.pause} ms apart. Limits: ${limits.maxConcurrent} at once, ${limits.maxQueued} queued ` +
          `for at most ${limits.maxQueueWaitMs} ms, deadline ${limits.requestTimeoutMs} ms. ` +
          `Baseline at ${burst.baseline.connections} connections for ${burst.baseline.seconds} s: ` +
          `${burst.baseline.ok200}× 200, p50 ${burst.baseline.p50AcceptedMs ?? '–'} ms, ` +
          `p99 ${burst.baseline.p99AcceptedMs ?? '–'} ms.\n` +
          `${burstTable(burst.bursts)}\n${summaryTable(burst.summary, burst.baseline)}\n` +
          `/readyz after the bursts: ${burst.readyzStatusAfter}\n`,
      );
    }
    const exited = apiExit();
    if (exited !== null) problems.unshift(`the API exited during the soak (${exited})`);
    report.problems = problems;
    const outDir = path.join(REPO_ROOT, 'bench', 'results');
    mkdirSync(outDir, { recursive: true });
    const out = path.join(
      outDir,
      `${started.toISOString().slice(0, 16).replace(/[:T]/g, '-')}-soak.json`,
    );
    // Formatted as the repository's prettier check expects, so results can be committed as they are.
    writeFileSync(out, await format(JSON.stringify(report), { parser: 'json' }));
    process.stdout.write(`saved ${path.relative(process.cwd(), out)}\n`);
  } finally {
    child?.kill('SIGTERM');
    await sleep(2000);
    await neo4j.stop();
  }
  if (problems.length > 0) {
    process.stderr.write(`\nsoak failed:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}

/** A whole number within [min, max]: every load stays bounded in size and time. */
const bounded =
  (min: number, max: number) =>
  (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`a whole number from ${min} to ${max}`);
    }
    return n;
  };

const connectionList = (v: string): number[] => {
  const each = bounded(1, 1000);
  try {
    return v.split(',').map((part) => each(part.trim()));
  } catch {
    throw new InvalidArgumentError('comma-separated whole numbers from 1 to 1000');
  }
};

const program = new Command('soak')
  .description('Bounded load over loopback against the built API on a throwaway seeded Neo4j.')
  .addOption(
    new Option('--profile <name>', 'steady phases, bursts, or the steady phases then the bursts')
      .choices(PROFILES)
      .default('all'),
  )
  .addOption(
    new Option('--seconds <s>', 'seconds of each steady phase at 1× and 2× capacity')
      .env('SOAK_SECONDS')
      .argParser(bounded(1, 3600))
      .default(60),
  )
  .option('--bursts <n>', 'bursts per connection count', bounded(1, 50), 5)
  .addOption(
    new Option(
      '--burst-connections <list>',
      'comma-separated connection counts, each run --bursts times',
    )
      .argParser(connectionList)
      .default([100, 300], '100,300'),
  )
  .option('--burst-seconds <s>', 'seconds each burst lasts', bounded(1, 60), 3)
  .option('--pause <ms>', 'quiet time before each burst', bounded(0, 60_000), 2000)
  .action((opts: Options) => main(opts));

program.parseAsync().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
