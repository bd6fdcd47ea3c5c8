import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { connectDriver } from '../../src/db/driver';
import { QueryRunner } from '../../src/db/query-runner';
import {
  freePort,
  startLocalNeo4j,
  type LocalNeo4j,
  type LocalNeo4jOptions,
} from '../../src/local-neo4j/local-neo4j';
import { logger } from '../../src/logger';
import { SEEDS_DIR } from '../../src/paths';
import { loadSeeds } from '../../src/seed/load-seeds';
import { readSeeds } from '../../src/seed/seed-files';
import { startServer, type RunningServer } from '../../src/server';
import { errorCodes, postGraphQL } from '../helpers/http-graphql';

const PAGE = '{ careers(first: 3) { totalCount edges { node { slug } } } }';

/**
 * A Neo4j of its own (the shared test database must not be killed), unsupervised so the test
 * decides when it comes back, with the API in front of it.
 */
describe('when Neo4j dies or freezes', () => {
  let options: LocalNeo4jOptions;
  let neo4j: LocalNeo4j;
  let driver: Driver;
  let server: RunningServer;
  beforeAll(async () => {
    options = {
      dir: mkdtempSync(path.join(os.tmpdir(), 'careers-graph-outage-')),
      boltPort: await freePort(),
      routingPort: await freePort(),
      httpPort: 0,
      pageCache: '64m',
      supervise: false,
    };
    neo4j = await startLocalNeo4j(options);
    driver = await connectDriver({ uri: neo4j.uri, ...neo4j.credentials });
    const runner = new QueryRunner(driver, {
      timeoutMs: 15_000,
      logger: logger.child({}, { level: 'silent' }),
    });
    await loadSeeds(runner, readSeeds(SEEDS_DIR));
    server = await startServer({ port: 0, runner });
  }, 180_000);
  afterAll(async () => {
    const pid = neo4j?.pid();
    if (pid) process.kill(pid, 'SIGCONT');
    await server?.stop();
    await driver?.close();
    await neo4j?.stop();
  }, 60_000);

  const readyz = async (): Promise<{ status: number; body: Record<string, unknown> }> => {
    const res = await fetch(`${server.url}/readyz`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  /** Asks until the API answers the page again, without any restart of the API. */
  const recovers = async (withinMs: number): Promise<void> => {
    const until = performance.now() + withinMs;
    let last: unknown;
    while (performance.now() < until) {
      const answer = await postGraphQL(server.url, PAGE);
      if (!answer.json.errors) {
        expect(answer.json.data).toMatchObject({ careers: { totalCount: 60 } });
        return;
      }
      last = answer.json.errors;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`no recovery in ${withinMs} ms: ${JSON.stringify(last)}`);
  };

  it('when it is frozen (SIGSTOP), then requests answer DATABASE_UNAVAILABLE within 3 s, /readyz is 503, and after SIGCONT the API recovers', async () => {
    // Given the API serves (a freshly started Neo4j on a busy machine may first miss a probe).
    await recovers(30_000);
    const pid = neo4j.pid();
    expect(pid).toBeDefined();
    process.kill(pid as number, 'SIGSTOP');
    try {
      const first = await postGraphQL(server.url, PAGE);
      expect(first.ms).toBeLessThan(3000);
      expect(errorCodes(first.json)).toEqual(['DATABASE_UNAVAILABLE']);
      const next = await postGraphQL(server.url, PAGE);
      expect(next.ms).toBeLessThan(1000);
      expect(errorCodes(next.json)).toEqual(['DATABASE_UNAVAILABLE']);
      const ready = await readyz();
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ ready: false, database: 'down' });
    } finally {
      process.kill(pid as number, 'SIGCONT');
    }
    await recovers(15_000);
    expect((await readyz()).status).toBe(200);
  }, 60_000);

  it('when it is killed (kill -9), then requests answer DATABASE_UNAVAILABLE within 3 s, /readyz is 503, and once it is back the API recovers with the data intact', async () => {
    const pid = neo4j.pid();
    expect(pid).toBeDefined();
    process.kill(pid as number, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 200));
    const first = await postGraphQL(server.url, PAGE);
    expect(first.ms).toBeLessThan(3000);
    expect(errorCodes(first.json)).toEqual(['DATABASE_UNAVAILABLE']);
    const ready = await readyz();
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ ready: false, database: 'down' });

    await neo4j.stop();
    neo4j = await startLocalNeo4j(options);
    await recovers(30_000);
    expect((await readyz()).body).toMatchObject({ ready: true, database: 'up', graphLoaded: true });
  }, 180_000);
});
