import 'reflect-metadata';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Command, InvalidArgumentError } from 'commander';
import { format } from 'prettier';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/database';
import { connectDriver } from '../src/db/driver';
import { startScratchNeo4j, type LocalNeo4j } from '../src/local-neo4j/local-neo4j';
import { logger } from '../src/logger';
import { REPO_ROOT, SEEDS_DIR } from '../src/paths';
import { loadProgressBar } from '../src/seed/load-progress';
import { finishImport, importIntoNewStore, type ImportReport } from '../src/seed/bulk-import';
import { loadSeeds } from '../src/seed/load-seeds';
import { readSeeds, type SeedSet } from '../src/seed/seed-files';
import { forkServer, type ChildServer } from './child-server';
import { runLoop } from './floor-runner';
import { readReference, syntheticProbe, syntheticSeeds } from './generate-seeds';
import { summariseProfile, type Frame } from './profile-summary';
import { questions, type Probe, type Question } from './questions';
import { fmt, markdownTable, type Measurement, type QuestionResult, type Server } from './table';
import { commit, machine } from './run-info';
import { cpuPerRequest, processCpuMs } from './process-cpu';

/**
 * `npm run bench [-- --careers 3000 --duration 5]`: three servers side by side on one throwaway
 * Neo4j, answering the same questions with the same load (8 connections, fixed duration):
 *   api           this API over HTTP (its own process)
 *   neo4j-graphql @neo4j/graphql 7 with bench/neo4j-graphql/typedefs.graphql over HTTP (its own process)
 *   floor         one hand-written Cypher statement per question through the driver
 * Results go to bench/results/<date>-<careers>.json and stdout (a markdown table).
 */

interface Options {
  careers: number;
  duration: number;
  warmup: number;
  connections: number;
  rounds: number;
  only?: string;
  traced?: boolean;
  profile: boolean;
  commit?: string;
}

const positiveInt = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('a whole number');
  return n;
};

/** The environment that points the API and the tools at the scratch database. */
function neo4jEnv(local: LocalNeo4j): Record<string, string> {
  // The local server has auth on (with its own generated password) in newer versions.
  const credentials = (local as { credentials?: { user: string; password: string } }).credentials;
  return {
    NEO4J_URI: local.uri,
    ...(credentials && { NEO4J_USER: credentials.user, NEO4J_PASSWORD: credentials.password }),
  };
}

function externalEnv(): Record<string, string> {
  const keys = ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'] as const;
  return Object.fromEntries(
    keys.flatMap((k) => (process.env[k] ? [[k, process.env[k] ?? '']] : [])),
  );
}

/** The headers each HTTP server is asked with: the traced API sends X-Cypher-Trace: 1. */
function headersFor(server: Exclude<Server, 'floor'>): Record<string, string> {
  return {
    'content-type': 'application/json',
    ...(server === 'api-traced' && { 'x-cypher-trace': '1' }),
  };
}

async function postJson(
  url: string,
  query: string,
  headers: Record<string, string>,
): Promise<{ data: unknown; bytes: number }> {
  const res = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (!res.ok || body.errors)
    throw new Error(`${url}: ${res.status} ${JSON.stringify(body.errors ?? text).slice(0, 800)}`);
  return { data: body.data, bytes: Buffer.byteLength(text) };
}

async function loadHttp(
  url: string,
  query: string,
  connections: number,
  duration: number,
  headers: Record<string, string>,
) {
  const result = await autocannon({
    url,
    method: 'POST',
    headers,
    body: JSON.stringify({ query }),
    connections,
    duration,
  });
  return result;
}

/** Runs `load` and reads what it cost the answering process and Neo4j, per request. */
async function withCpu<R>(
  pids: { server: number | undefined; neo4j: number | undefined },
  load: () => Promise<R>,
  requests: (r: R) => number,
): Promise<{ result: R; serverCpuMs: number | null; neo4jCpuMs: number | null }> {
  const server = processCpuMs(pids.server);
  const neo4j = processCpuMs(pids.neo4j);
  const result = await load();
  const n = requests(result);
  return {
    result,
    serverCpuMs: cpuPerRequest(server, processCpuMs(pids.server), n),
    neo4jCpuMs: cpuPerRequest(neo4j, processCpuMs(pids.neo4j), n),
  };
}

async function measureHttp(
  server: Exclude<Server, 'floor'>,
  target: ChildServer,
  query: string,
  count: (data: unknown) => number,
  opts: Options,
  neo4jPid: number | undefined,
): Promise<Measurement> {
  // One request alone (after a first one, which may also read the server's version): its answer
  // is counted, and the statements it sent are exact.
  const headers = headersFor(server);
  await postJson(target.url, query, headers);
  const before = await target.queries();
  const { data, bytes } = await postJson(target.url, query, headers);
  const cypherPerRequest = (await target.queries()) - before;
  if (opts.warmup > 0) await loadHttp(target.url, query, opts.connections, opts.warmup, headers);
  const { result: r, ...cpu } = await withCpu(
    { server: target.pid, neo4j: neo4jPid },
    () => loadHttp(target.url, query, opts.connections, opts.duration, headers),
    (result) => result.requests.total,
  );
  return {
    server,
    // Completed requests over the run's length: exact even when few requests complete per second
    // (autocannon's per-second average drops seconds in which none did).
    perSecond: r.requests.total / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.non2xx,
    cypherPerRequest,
    responseBytes: bytes,
    items: count(data),
    ...cpu,
  };
}

async function measureFloor(
  driver: Driver,
  q: Question,
  opts: Options,
  neo4jPid: number | undefined,
): Promise<Measurement> {
  const { records } = await driver.executeQuery(q.floor.text, q.floor.params);
  const rows = records.map((r) => r.toObject());
  if (opts.warmup > 0)
    await runLoop(driver, q.floor.text, q.floor.params, opts.connections, opts.warmup);
  const { result: r, ...cpu } = await withCpu(
    { server: process.pid, neo4j: neo4jPid },
    () => runLoop(driver, q.floor.text, q.floor.params, opts.connections, opts.duration),
    (result) => result.requests,
  );
  return {
    server: 'floor',
    perSecond: r.perSecond,
    p50: r.p50,
    p99: r.p99,
    requests: r.requests,
    errors: 0,
    cypherPerRequest: 1,
    responseBytes: Buffer.byteLength(JSON.stringify(rows)),
    items: q.count.floor(rows),
    ...cpu,
  };
}

/** The round with the median throughput (the lower middle one for an even count). */
function median(rounds: Measurement[]): Measurement {
  const sorted = [...rounds].sort((a, b) => a.perSecond - b.perSecond);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!middle) throw new Error('no measurement');
  return { ...middle, rounds: rounds.map((r) => Math.round(r.perSecond)) };
}

/**
 * Loads one HTTP server with one question under the CPU profiler and summarises where its time
 * went; both servers are profiled, so a difference in fixed costs shows beside the other's.
 */
async function profileServer(
  server: Exclude<Server, 'floor'>,
  target: ChildServer,
  query: string,
  q: Question,
  opts: Options,
  dir: string,
): Promise<{
  server: string;
  question: string;
  functions: Frame[];
  owners: Frame[];
  file: string;
}> {
  const file = path.join(dir, `${server}-${q.id}.cpuprofile`);
  await target.profile(file, () =>
    loadHttp(target.url, query, opts.connections, Math.max(5, opts.duration), headersFor(server)),
  );
  return { server, question: q.id, file, ...summariseProfile(file) };
}

/** The seeds a run measures (seeds/, or a synthetic graph of `--careers`), and its probe. */
function benchSeeds(opts: Options): { seeds: SeedSet; probe: Probe } {
  if (opts.careers === 0) {
    return {
      seeds: readSeeds(SEEDS_DIR),
      probe: {
        slug: 'medical-records-specialists',
        pathFrom: 'licensed-practical-and-licensed-vocational-nurses',
        pathTo: 'nurse-practitioners',
        searchText: 'medical records',
        setting: 'hospitals',
      },
    };
  }
  const dir = path.join(os.tmpdir(), `careers-graph-synthetic-${opts.careers}`);
  process.stderr.write(`generating ${opts.careers} synthetic careers in ${dir}…\n`);
  const seeds = syntheticSeeds(opts.careers, dir, readReference(SEEDS_DIR));
  const p = syntheticProbe(seeds);
  const title = seeds.careers.find((c) => c.slug === p.slug)?.title ?? 'medical records';
  return {
    seeds,
    probe: { ...p, searchText: title.split(' ').slice(0, 2).join(' '), setting: 'hospitals' },
  };
}

/** How the graph got there: relationships written, in how long, by which path. */
interface GraphLoad {
  method: 'bulk import' | 'MERGE loader';
  nodes: number;
  relationships: number;
  durationMs: number;
  rows: number;
  transactions: number;
}

/**
 * Makes the graph `seeds` hold ready to query. The scratch database was filled by the bulk
 * importer before it started (`imported`): this finishes it (schema, version), and the time
 * counted is the import's plus the finishing's, index build included. A database named by
 * NEO4J_URI is loaded by the MERGE loader, as `npm run seed` would.
 */
async function loadGraph(
  seeds: SeedSet,
  env: Record<string, string>,
  imported: ImportReport | null,
): Promise<GraphLoad> {
  // A generous write timeout (the loader's is four times this): a bulk chunk on a busy 2-core
  // machine can take most of a minute.
  const db = await openDatabase(
    loadConfig({ ...process.env, ...env, NEO4J_QUERY_TIMEOUT_MS: '120000' }),
    logger.child({}, { level: 'warn' }),
  );
  try {
    if (imported) {
      const started = performance.now();
      await finishImport(db.runner, seeds);
      const finishMs = performance.now() - started;
      process.stderr.write(
        `bulk import: CSV ${fmt(imported.csvMs / 1000, 1)} s, importer ${fmt((imported.durationMs - imported.csvMs) / 1000, 1)} s, ` +
          `schema and version ${fmt(finishMs / 1000, 1)} s\n`,
      );
      return {
        method: 'bulk import',
        nodes: imported.nodes,
        relationships: imported.relationships,
        durationMs: imported.durationMs + (performance.now() - started),
        rows: imported.nodes + imported.relationships,
        transactions: 1,
      };
    }
    const bar = loadProgressBar();
    const load = await loadSeeds(db.runner, seeds, { onProgress: (p) => bar.update(p) });
    bar.stop();
    return {
      method: 'MERGE loader',
      nodes: load.counters.nodesCreated ?? 0,
      relationships: load.counters.relationshipsCreated ?? 0,
      durationMs: load.durationMs,
      rows: load.rows,
      transactions: load.transactions,
    };
  } finally {
    await db.close();
  }
}

async function main(opts: Options): Promise<void> {
  const started = new Date();
  const { seeds, probe } = benchSeeds(opts);
  // NEO4J_URI names a database to use instead of a scratch one; the run replaces its graph.
  // A scratch one is filled by the bulk importer before it starts, as npm start fills a new store.
  let imported: ImportReport | null = null;
  const local = process.env.NEO4J_URI
    ? null
    : await startScratchNeo4j('bench', {
        pageCache: opts.careers > 5000 ? '768m' : '384m',
        onProgress: (line) => process.stderr.write(`${line}\n`),
        newStore: async (home) => {
          imported = await importIntoNewStore(home, seeds, (line) =>
            process.stderr.write(`${line}\n`),
          );
        },
      });
  const env = local ? neo4jEnv(local) : externalEnv();
  // Both servers run as deployed: in production mode (npm start's default, and the Dockerfile's),
  // where graphql-js skips its development checks, and both import src/production-default first
  // (its young generation too). NODE_ENV is set here as well, so a parent's own value cannot win.
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  };
  const servers: ChildServer[] = [];
  let driver: Driver | null = null;
  try {
    // The servers start before the graph is finished: they load their code before the (possibly
    // long) MERGE load, so a rebuild of dist/ meanwhile cannot change what is measured.
    const api = await forkServer(path.join(__dirname, 'api-server.js'), childEnv);
    servers.push(api);
    const ngql = await forkServer(path.join(__dirname, 'neo4j-graphql', 'server.js'), childEnv);
    servers.push(ngql);
    const load = await loadGraph(seeds, env, imported);
    const relationships = load.relationships;
    const loadSeconds = load.durationMs / 1000;
    process.stderr.write(
      `loaded ${seeds.careers.length} careers, ${seeds.traits.length} traits (${load.method}): ${load.nodes} nodes and ` +
        `${relationships} relationships in ${fmt(loadSeconds, 1)} s (${fmt(relationships / loadSeconds)} relationships/s, ` +
        `${load.transactions} transaction${load.transactions === 1 ? '' : 's'})\n`,
    );

    const credentials =
      env.NEO4J_USER && env.NEO4J_PASSWORD
        ? { user: env.NEO4J_USER, password: env.NEO4J_PASSWORD }
        : {};
    driver = await connectDriver({ uri: env.NEO4J_URI ?? '', ...credentials });

    // Neo4j's CPU per request is read only for the scratch database this run started.
    const neo4jPid = local?.pid();
    const only = opts.only?.split(',');
    const chosen = questions(probe).filter((q) => !only || only.includes(q.id));
    const results: QuestionResult[] = [];
    for (const q of chosen) {
      process.stderr.write(`${q.id}…\n`);
      // On a shared machine the load of neighbours drifts within a run: with several rounds the
      // servers take turns (each round starts one later) and each keeps its median round.
      const measure: Array<() => Promise<Measurement>> = [
        () => measureHttp('api', api, q.api, q.count.api, opts, neo4jPid),
        () =>
          measureHttp('neo4j-graphql', ngql, q.neo4jGraphql, q.count.neo4jGraphql, opts, neo4jPid),
        () => measureFloor(driver!, q, opts, neo4jPid),
        ...(opts.traced
          ? [() => measureHttp('api-traced', api, q.api, q.count.api, opts, neo4jPid)]
          : []),
      ];
      const rounds: Measurement[][] = measure.map(() => []);
      for (let round = 0; round < opts.rounds; round++) {
        for (let turn = 0; turn < measure.length; turn++) {
          const i = (round + turn) % measure.length;
          rounds[i]!.push(await measure[i]!());
        }
      }
      const measurements = rounds.map(median);
      const equivalent = measurements.every((m) => m.items === measurements[0]?.items);
      if (!equivalent) {
        process.stderr.write(
          `  answers differ: ${measurements.map((m) => `${m.server} ${m.items}`).join(', ')}\n`,
        );
      }
      results.push({ id: q.id, name: q.name, equivalent, measurements });
    }
    const profiles = [];
    if (opts.profile) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'careers-graph-profile-'));
      for (const q of chosen) {
        process.stderr.write(`profiling ${q.id}…\n`);
        profiles.push(await profileServer('api', api, q.api, q, opts, dir));
        profiles.push(await profileServer('neo4j-graphql', ngql, q.neo4jGraphql, q, opts, dir));
      }
    }
    for (const s of servers.splice(0)) await s.stop();

    const report = {
      date: started.toISOString(),
      commit: commit(opts.commit),
      machine: machine(),
      settings: {
        careers: seeds.careers.length,
        synthetic: opts.careers > 0,
        connections: opts.connections,
        durationSeconds: opts.duration,
        warmupSeconds: opts.warmup,
        rounds: opts.rounds,
        probe: { ...probe } satisfies Record<keyof Probe, string>,
      },
      graph: {
        careers: seeds.careers.length,
        traits: seeds.traits.length,
        credentials: seeds.credentials.length,
        nodesCreated: load.nodes,
        relationshipsCreated: relationships,
      },
      load: {
        method: load.method,
        seconds: Math.round(loadSeconds * 10) / 10,
        relationshipsPerSecond: Math.round(relationships / loadSeconds),
        rows: load.rows,
        transactions: load.transactions,
      },
      results,
      profiles,
    };
    const outDir = path.join(REPO_ROOT, 'bench', 'results');
    mkdirSync(outDir, { recursive: true });
    const out = path.join(
      outDir,
      `${started.toISOString().slice(0, 16).replace(/[:T]/g, '-')}-${seeds.careers.length}-careers.json`,
    );
    // Formatted as the repository's prettier check expects, so results can be committed as they are.
    writeFileSync(out, await format(JSON.stringify(report), { parser: 'json' }));

    process.stdout.write(
      `\n${seeds.careers.length} careers${opts.careers > 0 ? ' (synthetic)' : ''}, ${opts.connections} connections, ` +
        `${opts.duration} s per server and question after ${opts.warmup} s warm-up, commit ${report.commit}, ` +
        `${report.machine.cpus} × ${report.machine.model}. Load: ${fmt(relationships)} relationships in ` +
        `${fmt(loadSeconds, 1)} s = ${fmt(report.load.relationshipsPerSecond)}/s.\n` +
        `req/s ratios are this row's throughput over the floor's and over @neo4j/graphql's.\n\n` +
        `${markdownTable(results)}\n\n`,
    );
    for (const p of profiles) {
      process.stdout.write(
        `CPU profile of ${p.server} under ${p.question} (self time; ${p.file}):\n` +
          p.owners.map((f) => `  ${f.selfPct}%  ${f.frame}`).join('\n') +
          '\n  top functions:\n' +
          p.functions.map((f) => `  ${f.selfPct}%  ${f.frame}`).join('\n') +
          '\n\n',
      );
    }
    process.stdout.write(`saved ${path.relative(process.cwd(), out)}\n`);
    if (results.some((r) => !r.equivalent)) process.exitCode = 2;
  } finally {
    for (const s of servers) await s.stop();
    await driver?.close();
    await local?.stop();
  }
}

const program = new Command('bench')
  .description('Compare this API, @neo4j/graphql and hand-written Cypher on one throwaway Neo4j.')
  .option(
    '--careers <n>',
    'synthetic careers to generate and load (0 = the real seeds/)',
    positiveInt,
    0,
  )
  .option('--duration <s>', 'seconds of load per server and question', positiveInt, 5)
  .option('--warmup <s>', 'seconds of unmeasured load first', positiveInt, 1)
  .option(
    '--connections <n>',
    'concurrent connections (in-flight queries for the floor)',
    positiveInt,
    8,
  )
  .option(
    '--only <ids>',
    `comma-separated question ids (${questions({
      slug: '',
      pathFrom: '',
      pathTo: '',
      searchText: '',
      setting: '',
    })
      .map((q) => q.id)
      .join(', ')})`,
  )
  .option(
    '--rounds <n>',
    'rounds per question, servers taking turns; each reports its median round',
    (v: string) => {
      const n = positiveInt(v);
      if (n < 1) throw new InvalidArgumentError('at least 1');
      return n;
    },
    1,
  )
  .option(
    '--traced',
    'also measure the API with X-Cypher-Trace: 1 on every request, beside it untraced',
  )
  .option('--commit <sha>', 'commit to record, for runs outside a git checkout')
  .option(
    '--profile',
    'also CPU-profile both HTTP servers under each question asked (choose them with --only)',
    false,
  )
  .action((opts: Options) => main(opts));

program.parseAsync().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
