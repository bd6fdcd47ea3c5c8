import 'reflect-metadata';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/database';
import { startScratchNeo4j, type LocalNeo4j } from '../src/local-neo4j/local-neo4j';
import { logger } from '../src/logger';
import { SEEDS_DIR } from '../src/paths';
import { loadSeeds } from '../src/seed/load-seeds';
import { readSeeds } from '../src/seed/seed-files';
import { startServer } from '../src/server';

/**
 * `npm run bench`: latency and throughput of representative API queries over HTTP on loopback,
 * against a throwaway local Neo4j loaded from seeds/ (or NEO4J_URI, which it also loads). Each
 * scenario runs for a fixed time with a fixed number of connections, then stops by itself.
 */
const SCENARIOS: Array<{ name: string; query: string }> = [
  {
    name: 'career by slug with relations',
    query: `{ career(slug: "medical-records-specialists") { title medianPay { annual }
      settings { sharePct setting { name } } credentials { role credential { name issuer { name } } }
      traits { name } sources { url } } }`,
  },
  {
    name: 'page of 50 with settings, credentials, traits, similar',
    query: `{ careers(first: 50) { totalCount edges { node { slug
      settings { sharePct setting { id } } credentials { credential { id issuer { id } } }
      traits { id } similarOccupations { slug } } } } }`,
  },
  {
    name: 'filtered + sorted page',
    query: `{ careers(filter: { entryEducation: { atMost: ASSOCIATES_DEGREE }, worksIn: { any: ["hospitals"] },
      growthAboveNationalAverage: true }, sort: [{ field: MEDIAN_PAY, direction: DESC }], first: 20)
      { totalCount edges { node { title medianPay { annual } } } } }`,
  },
  {
    name: 'full-text search',
    query: `{ search(text: "medical records", first: 10) { type id score } }`,
  },
  {
    name: 'similar careers by shared settings',
    query: `{ similarCareers(slug: "registered-nurses", by: SHARED_SETTINGS, first: 10) { score career { slug } } }`,
  },
  {
    name: 'career path',
    query: `{ careerPath(from: "licensed-practical-and-licensed-vocational-nurses", to: "nurse-practitioners")
      { length steps { to { slug } credentials { id } } } }`,
  },
  {
    name: 'stats',
    query: `{ stats { careerCount medianPayByEntryEducation { median } careersPerSetting { count } } }`,
  },
];

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);

async function main(): Promise<void> {
  let local: LocalNeo4j | null = null;
  if (!process.env.NEO4J_URI) {
    local = await startScratchNeo4j('bench');
    process.env.NEO4J_URI = local.uri;
  }
  const db = await openDatabase(loadConfig(), logger.child({}, { level: 'warn' }));
  const { runner } = db;
  await loadSeeds(runner, readSeeds(SEEDS_DIR));
  const server = await startServer({ port: 0, runner });
  const rows: string[] = [];
  try {
    for (const scenario of SCENARIOS) {
      const body = JSON.stringify({ query: scenario.query });
      const check = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const json = (await check.json()) as { errors?: unknown };
      if (json.errors) throw new Error(`${scenario.name}: ${JSON.stringify(json.errors)}`);
      // Warm the JVM's and V8's JIT on this query before measuring it.
      await autocannon({
        url: `${server.url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections: CONNECTIONS,
        duration: 2,
      });
      const result = await autocannon({
        url: `${server.url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections: CONNECTIONS,
        duration: DURATION_S,
      });
      if (result.non2xx > 0 || result.errors > 0) {
        throw new Error(`${scenario.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      }
      rows.push(
        `| ${scenario.name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p97_5} | ${result.latency.p99} |`,
      );
    }
  } finally {
    await server.stop();
    await db.close();
    await local?.stop();
  }
  process.stdout.write(
    `\n${CONNECTIONS} connections, ${DURATION_S} s per scenario, Node ${process.version}\n\n` +
      '| scenario | req/s | p50 ms | p97.5 ms | p99 ms |\n|---|---:|---:|---:|---:|\n' +
      `${rows.join('\n')}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
