import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEEDS_DIR } from '../../src/paths';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../../src/db/cypher';
import { careerSourceUrls, loadSeeds, type LoadProgress } from '../../src/seed/load-seeds';
import { readSeeds, SeedValidationError } from '../../src/seed/seed-files';
import type { CareerSeed } from '../../src/seed/seed.schema';
import { postGraphQL, useSeededServer } from '../helpers/http-graphql';
import { createTestRunner, type TestDb } from '../helpers/test-db';

describe('seed loader', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestRunner();
  });
  afterAll(() => db.close());

  it('when the committed seeds are loaded again, then nothing is created or deleted', async () => {
    const report = await loadSeeds(db.runner, readSeeds(SEEDS_DIR));
    const { counters } = report;
    expect(counters.nodesCreated ?? 0).toBe(0);
    expect(counters.nodesDeleted ?? 0).toBe(0);
    expect(counters.relationshipsCreated ?? 0).toBe(0);
    expect(counters.relationshipsDeleted ?? 0).toBe(0);
    expect(report.careers).toBeGreaterThanOrEqual(50);
    // The committed seeds are small enough to load atomically: one transaction, all or nothing.
    expect(report.transactions).toBe(1);
  });

  it('when the committed seeds are loaded again in bulk mode, then each chunk commits alone and nothing changes', async () => {
    const seen: LoadProgress[] = [];
    const report = await loadSeeds(db.runner, readSeeds(SEEDS_DIR), {
      mode: 'bulk',
      chunkRows: 100,
      onProgress: (p) => seen.push(p),
    });
    const { counters } = report;
    expect(counters.nodesCreated ?? 0).toBe(0);
    expect(counters.nodesDeleted ?? 0).toBe(0);
    expect(counters.relationshipsCreated ?? 0).toBe(0);
    expect(counters.relationshipsDeleted ?? 0).toBe(0);
    // 100-row chunks: the career edges alone need many statements, each its own transaction.
    expect(report.transactions).toBeGreaterThan(20);
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    expect(seen.at(-1)).toMatchObject({ done: report.rows, total: report.rows });
  });

  it('when a seed file is broken, then validation names every problem before anything is written', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bad-seeds-'));
    cpSync(SEEDS_DIR, dir, { recursive: true });
    const file = path.join(dir, 'careers', 'medical-records-specialists.json');
    const career = JSON.parse(readFileSync(file, 'utf8'));
    career.settings[0].settingId = 'moon-base';
    career.licensure.status = 'MAYBE';
    writeFileSync(file, JSON.stringify(career));

    let error: unknown;
    try {
      readSeeds(dir);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    const problems = (error as SeedValidationError).problems.join('\n');
    expect(problems).toContain('careers/medical-records-specialists.json: licensure.status');
    // Schema errors stop that file's cross-check, so fix one and see the reference error.
    career.licensure.status = 'NOT_REQUIRED';
    writeFileSync(file, JSON.stringify(career));
    expect(() => readSeeds(dir)).toThrow(
      /careers\/medical-records-specialists.json: unknown setting moon-base/,
    );
  });

  it('when the graph is counted by label, then it mirrors the seed files', async () => {
    const seeds = readSeeds(SEEDS_DIR);
    const rows = await db.runner.read({
      name: 'test/count-labels',
      text: `CALL () { MATCH (n:Career) RETURN count(n) AS careers }
             CALL () { MATCH (n:Setting) RETURN count(n) AS settings }
             CALL () { MATCH (n:Credential) RETURN count(n) AS credentials }
             CALL () { MATCH (n:Trait) RETURN count(n) AS traits }
             RETURN careers, settings, credentials, traits`,
    });
    expect(rows[0]).toEqual({
      careers: seeds.careers.length,
      settings: seeds.settings.length,
      credentials: seeds.credentials.length,
      traits: seeds.traits.length,
    });
  });
});

/**
 * A reload mirrors the seed files: an edge a career's file no longer names is deleted, and one it
 * names again is created. Each statement runs in a transaction that is rolled back, so the shared
 * test graph never changes. In this file, beside the loads: the only other writer of the shared
 * graph, so the two never wait on each other's locks.
 */
describe('seed edge statements', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = neo4j.driver(
      process.env.NEO4J_URI!,
      neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
    );
  });
  afterAll(() => driver.close());

  const career = readSeeds(SEEDS_DIR).careers.find(
    (c) => c.slug === 'medical-records-specialists',
  )!;

  /** Each edge statement, with its row for a career whose list is `edges`. */
  const statements: Array<
    [string, (c: CareerSeed) => unknown[], (c: CareerSeed, e: unknown[]) => unknown]
  > = [
    ['career-works-in', (c) => c.settings, (c, edges) => ({ slug: c.slug, edges })],
    ['career-credentials', (c) => c.credentials, (c, edges) => ({ slug: c.slug, edges })],
    ['career-traits', (c) => c.traits, (c, edges) => ({ slug: c.slug, edges })],
    ['career-similar', (c) => c.similarTo, (c, edges) => ({ slug: c.slug, edges })],
    [
      'career-education-options',
      (c) => c.educationOptions,
      (c, edges) => ({ slug: c.slug, edges }),
    ],
    ['career-sources', careerSourceUrls, (c, urls) => ({ slug: c.slug, urls })],
  ];

  it.each(statements)(
    'when %s runs with one edge left out, then it deletes that edge, and with it back, creates it again',
    async (name, edges, row) => {
      const all = edges(career);
      expect(all.length).toBeGreaterThan(1);
      const query = cypher(`seed/${name}`);
      const session = driver.session();
      const tx = session.beginTransaction();
      try {
        const counts = async (list: unknown[]) => {
          const result = await tx.run(query.text, { rows: [row(career, list)] });
          const u = result.summary.counters.updates();
          return { created: u.relationshipsCreated, deleted: u.relationshipsDeleted };
        };
        expect(await counts(all)).toEqual({ created: 0, deleted: 0 });
        expect(await counts(all.slice(1))).toEqual({ created: 0, deleted: 1 });
        expect(await counts(all)).toEqual({ created: 1, deleted: 0 });
      } finally {
        await tx.rollback();
        await session.close();
      }
    },
  );
});

describe('graph version and the stats cache', () => {
  const server = useSeededServer();

  const versionQuery = {
    name: 'test/graph-version',
    text: "MATCH (g:GraphVersion {id: 'graph'}) RETURN g.version AS version",
  };
  const version = async (): Promise<number> => {
    const rows = await server.runner.read(versionQuery);
    expect(rows).toHaveLength(1);
    return Number(rows[0]!.version);
  };
  const STATS = '{ stats { careerCount careersPerLicensure { licensure count } } }';
  const careerCount = async (): Promise<number> => {
    const { json } = await postGraphQL(server.url, STATS);
    expect(json.errors).toBeUndefined();
    return (json.data as { stats: { careerCount: number } }).stats.careerCount;
  };

  it('when seeds load, atomically or in bulk, then the graph version moves by one each time', async () => {
    const before = await version();
    await loadSeeds(server.runner, readSeeds(SEEDS_DIR));
    expect(await version()).toBe(before + 1);
    await loadSeeds(server.runner, readSeeds(SEEDS_DIR), { mode: 'bulk', chunkRows: 500 });
    expect(await version()).toBe(before + 2);
  });

  it('when the version has not moved, then the server answers stats from its cache; once it moves, from the graph', async () => {
    const careers = readSeeds(SEEDS_DIR).careers.length;
    const probe = {
      name: 'test/probe',
      text: "CREATE (:Career {slug: 'stats-cache-probe', title: 'Probe', licensure: 'NOT_REQUIRED'})",
    };
    const bump = cypher('seed/graph-version');
    expect(await careerCount()).toBe(careers);
    try {
      // A career written behind the loader's back, version unchanged: the cached answer stands,
      // which shows it is shared between requests (the loader is the only writer in production).
      await server.runner.write(probe);
      expect(await careerCount()).toBe(careers);
      await server.runner.write(bump);
      expect(await careerCount()).toBe(careers + 1);
    } finally {
      await server.runner.write({
        name: 'test/probe-gone',
        text: "MATCH (c:Career {slug: 'stats-cache-probe'}) DETACH DELETE c",
      });
      await server.runner.write(bump);
    }
    expect(await careerCount()).toBe(careers);
  });
});
