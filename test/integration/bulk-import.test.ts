import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { connectDriver } from '../../src/db/driver';
import { QueryRunner } from '../../src/db/query-runner';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/local-neo4j/local-neo4j';
import { LocalNeo4jError } from '../../src/local-neo4j/local-neo4j-error';
import { freePort } from '../../src/local-neo4j/ports';
import { logger } from '../../src/logger';
import { SEEDS_DIR } from '../../src/paths';
import { finishImport, importIntoNewStore, importUnfinished } from '../../src/seed/bulk-import';
import { readSeeds } from '../../src/seed/seed-files';
import { createTestRunner, type TestDb } from '../helpers/test-db';

jest.setTimeout(240_000);

/**
 * Every node and relationship as one line, with each property's Cypher type (INTEGER and FLOAT
 * differ even where the driver hands both back as numbers). The graph's version node records when
 * and how often it was loaded, so it is compared apart.
 */
const GRAPH_LINES = {
  name: 'test/graph-lines',
  text: `
    CALL {
      MATCH (n) WHERE NOT n:GraphVersion
      RETURN labels(n) AS what, [k IN keys(n) | [k, n[k], valueType(n[k])]] AS props, null AS a, null AS b
      UNION ALL
      MATCH (a)-[r]->(b)
      RETURN [type(r)] AS what, [k IN keys(r) | [k, r[k], valueType(r[k])]] AS props,
             properties(a) AS a, properties(b) AS b
    }
    RETURN what, props, a, b`,
};
const SCHEMA = {
  name: 'test/schema',
  text: 'SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN name, type, labelsOrTypes, properties, state ORDER BY name',
};
const VERSION = {
  name: 'test/version',
  text: 'MATCH (g:GraphVersion) RETURN g.version AS version',
};

async function graphLines(runner: QueryRunner): Promise<string[]> {
  const rows = await runner.read(GRAPH_LINES);
  return rows
    .map((row) => {
      const props = (row.props as unknown[][]).sort((x, y) =>
        String(x[0]).localeCompare(String(y[0])),
      );
      return JSON.stringify([row.what, props, sorted(row.a), sorted(row.b)]);
    })
    .sort();
}

function sorted(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).sort(([x], [y]) => x.localeCompare(y)));
}

describe('bulk import of seeds/ into a new store', () => {
  const seeds = readSeeds(SEEDS_DIR);
  let home = '';
  let neo4j: LocalNeo4j | undefined;
  let driver: Driver | undefined;
  let imported: QueryRunner;
  let loaded: TestDb;
  let report: Awaited<ReturnType<typeof importIntoNewStore>>;
  let unfinishedBefore: boolean;

  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'careers-graph-import-'));
    report = await importIntoNewStore(home, seeds);
    neo4j = await startLocalNeo4j({
      dir: home,
      boltPort: await freePort(),
      httpPort: 0,
      supervise: false,
      pageCache: '128m',
    });
    driver = await connectDriver({ uri: neo4j.uri, ...neo4j.credentials });
    imported = new QueryRunner(driver, {
      timeoutMs: 60_000,
      logger: logger.child({}, { level: 'silent' }),
    });
    unfinishedBefore = await importUnfinished(imported);
    await finishImport(imported, seeds);
    loaded = await createTestRunner();
  });

  afterAll(async () => {
    await loaded?.close();
    await driver?.close();
    await neo4j?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('writes the same graph as the MERGE loader: every node, relationship, property and type', async () => {
    const [fromImport, fromLoader] = await Promise.all([
      graphLines(imported),
      graphLines(loaded.runner),
    ]);
    expect(fromImport.length).toBeGreaterThan(1000);
    expect(fromImport).toEqual(fromLoader);
  });

  it('reports what it imported, and the graph has the same indexes and constraints, online', async () => {
    const lines = await graphLines(imported);
    const relationships = lines.filter((l) => l.endsWith('}]')).length;
    expect(report).not.toBeNull();
    expect(report!.nodes + report!.relationships).toBe(lines.length);
    expect(report!.relationships).toBe(relationships);
    const [mine, theirs] = await Promise.all([imported.read(SCHEMA), loaded.runner.read(SCHEMA)]);
    expect(mine).toEqual(theirs);
    expect(mine.every((index) => index.state === 'ONLINE')).toBe(true);
  });

  it('is seen as unfinished until its finishing step has run, and that step sets version 1', async () => {
    expect(unfinishedBefore).toBe(true);
    expect(await importUnfinished(imported)).toBe(false);
    expect(await imported.read(VERSION)).toEqual([{ version: 1 }]);
  });

  it('never touches a home that already holds a store', async () => {
    await expect(importIntoNewStore(home, seeds)).resolves.toBeNull();
  });

  it('fails on a relationship to a node that is not there, leaving no store behind', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'careers-graph-bad-import-'));
    try {
      const [first, ...rest] = seeds.careers;
      const dangling = {
        ...seeds,
        careers: [
          { ...first!, similarTo: [{ slug: 'no-such-career', source: first!.source }] },
          ...rest,
        ],
      };
      await expect(importIntoNewStore(dir, dangling)).rejects.toThrow(LocalNeo4jError);
      expect(existsSync(path.join(dir, 'data'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
