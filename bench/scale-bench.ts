import 'reflect-metadata';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { Command, InvalidArgumentError } from 'commander';
import { format } from 'prettier';
import { startScratchNeo4j } from '../src/local-neo4j/local-neo4j';
import { REPO_ROOT, SEEDS_DIR } from '../src/paths';
import { loadSeedsAt } from '../src/seed/load-seeds-at';
import { readSeeds } from '../src/seed/seed-files';
import { startScaleTopology } from '../scripts/scale/topology';
import { questions } from './questions';
import { commit, machine } from './run-info';

/**
 * `npm run bench:scale [-- --seconds 10]`: what nginx adds and what its cache saves, on the scale
 * demo's topology (two replicas, nginx, on a throwaway Neo4j seeded from seeds/), over loopback.
 * For career by slug and the page of 50, each as a GraphQL GET at 8 connections: straight to one
 * replica; through nginx with the cache bypassed (`X-Cache-Bypass: 1`: proxy and balancing over
 * two replicas); and through nginx with the entry in cache (every answer a HIT). Prints a table
 * and saves bench/results/<date>-scale.json.
 */
const MAIN = path.join(__dirname, '..', 'src', 'main.js');
const CONNECTIONS = 8;
const WARMUP_SECONDS = 3;
const QUESTION_IDS = ['career-by-slug', 'page-of-50'];
const PROBE = {
  slug: 'medical-records-specialists',
  pathFrom: 'licensed-practical-and-licensed-vocational-nurses',
  pathTo: 'nurse-practitioners',
  searchText: 'medical records',
  setting: 'hospitals',
};

type Route = 'direct to one replica' | 'nginx, cache bypassed' | 'nginx, warm cache';

interface Row {
  question: string;
  route: Route;
  perSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Answers other than 2xx, and requests with no answer (autocannon's errors, timeouts included). */
  errors: number;
  non2xx: number;
  timeouts: number;
  socketErrors: number;
  cacheStatus: string | null;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 60) throw new InvalidArgumentError('1 to 60');
  return n;
}

async function measure(
  url: string,
  headers: Record<string, string>,
  duration: number,
): Promise<autocannon.Result> {
  return autocannon({ url, method: 'GET', headers, connections: CONNECTIONS, duration });
}

async function main(): Promise<void> {
  const opts = new Command('bench:scale')
    .option('--seconds <n>', 'measured seconds per route and question', seconds, 10)
    .parse()
    .opts<{ seconds: number }>();
  const started = new Date();
  const neo4j = await startScratchNeo4j('scale-bench', { supervise: false });
  let topology: Awaited<ReturnType<typeof startScaleTopology>> | null = null;
  try {
    const seeds = readSeeds(SEEDS_DIR);
    await loadSeedsAt({ uri: neo4j.uri, ...neo4j.credentials }, seeds);
    topology = await startScaleTopology({
      main: MAIN,
      neo4j: { uri: neo4j.uri, ...neo4j.credentials },
      replicaEnv: { LOG_LEVEL: 'warn' },
      log: (line) => process.stderr.write(`${line}\n`),
    });
    const direct = topology.replicas[0]?.url ?? '';
    const rows: Row[] = [];
    for (const q of questions(PROBE).filter((x) => QUESTION_IDS.includes(x.id))) {
      const query = `/graphql?${new URLSearchParams({ query: q.api })}`;
      const get = { 'apollo-require-preflight': 'true' };
      const routes: Array<[Route, string, Record<string, string>]> = [
        ['direct to one replica', direct, get],
        ['nginx, cache bypassed', topology.url, { ...get, 'x-cache-bypass': '1' }],
        ['nginx, warm cache', topology.url, get],
      ];
      for (const [route, base, headers] of routes) {
        const url = `${base}${query}`;
        // One answer first: it must be data, and through the cache it fills the entry.
        const first = await fetch(url, { headers });
        const body = (await first.json()) as { errors?: unknown };
        if (first.status !== 200 || body.errors) {
          throw new Error(`${route}, ${q.id}: ${first.status} ${JSON.stringify(body.errors)}`);
        }
        await measure(url, headers, WARMUP_SECONDS);
        const cacheStatus = (await fetch(url, { headers })).headers.get('x-cache-status');
        const r = await measure(url, headers, opts.seconds);
        rows.push({
          question: q.name,
          route,
          perSecond: Math.round(r.requests.total / r.duration),
          p50: r.latency.p50,
          p99: r.latency.p99,
          requests: r.requests.total,
          errors: r.errors + r.non2xx,
          non2xx: r.non2xx,
          timeouts: r.timeouts,
          socketErrors: r.errors - r.timeouts,
          cacheStatus,
        });
        process.stderr.write(`${q.id}, ${route}: ${rows.at(-1)?.perSecond} req/s\n`);
      }
    }
    console.table(
      rows.map((r) => ({
        question: r.question.split(' (')[0],
        route: r.route,
        'req/s': r.perSecond,
        'p50 ms': r.p50,
        'p99 ms': r.p99,
        errors: r.errors,
        'X-Cache-Status': r.cacheStatus ?? '',
      })),
    );
    const report = {
      date: started.toISOString(),
      commit: commit(),
      machine: machine(),
      setup: {
        careers: seeds.careers.length,
        replicas: topology.replicas.length,
        connections: CONNECTIONS,
        warmupSeconds: WARMUP_SECONDS,
        seconds: opts.seconds,
        method: 'GET',
        nginx: 'deploy/nginx/nginx.conf.template, one worker',
      },
      rows,
    };
    const outDir = path.join(REPO_ROOT, 'bench', 'results');
    mkdirSync(outDir, { recursive: true });
    const out = path.join(
      outDir,
      `${started.toISOString().slice(0, 16).replace(/[:T]/g, '-')}-scale.json`,
    );
    // Formatted as the repository's prettier check expects, so results can be committed as they are.
    writeFileSync(out, await format(JSON.stringify(report), { parser: 'json' }));
    process.stdout.write(`saved ${path.relative(process.cwd(), out)}\n`);
  } finally {
    await topology?.stop();
    await neo4j.stop();
    rmSync(neo4j.dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
