import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectDriver } from '../../src/db/driver';
import { QueryRunner } from '../../src/db/query-runner';
import {
  freePort,
  isPortOpen,
  pidFile,
  startScratchNeo4j,
} from '../../src/local-neo4j/local-neo4j';
import { logger } from '../../src/logger';
import { dropOrphanedConstraintIndexes } from '../../src/seed/first-load';
import { applySchema } from '../../src/seed/load-seeds';
import { buildApi, npmStartEnv, spawnApi, type SpawnedApi } from '../helpers/built-api';
import { postGraphQL } from '../helpers/http-graphql';
import { seeds } from '../helpers/seed-oracle';

let main = '';

const IMPORTED = /seeds\/ imported into the new store/;
const LOADING = /finishing the bulk-imported graph/;
const RETRY = /became unavailable during the first load of seeds\/: waiting/;
const ANSWERS_AGAIN = /Neo4j answers again: retrying the first load/;
const LOADED = /"msg":"bulk-imported graph finished"/;
const SERVING = /GraphQL API at/;

interface App extends SpawnedApi {
  url: string;
  boltPort: number;
  /** LOCAL_NEO4J_DIR: a fresh folder, so the graph starts empty. */
  neo4jDir: string;
}

/**
 * `npm start` as a user runs it the first time: the built main.js with its own local Neo4j in a
 * fresh data folder on free ports, which it starts and seeds. Returns at once: this test acts
 * before the API serves.
 */
async function startApp(): Promise<App> {
  const boltPort = await freePort();
  const port = await freePort();
  const neo4jDir = mkdtempSync(path.join(os.tmpdir(), 'careers-graph-first-start-'));
  const api = spawnApi(main, npmStartEnv(port, boltPort, neo4jDir));
  return { ...api, url: `http://127.0.0.1:${port}`, boltPort, neo4jDir };
}

/** The pid of the local Neo4j the app runs now (the supervisor rewrites it on a restart). */
function neo4jPid(app: App): number | null {
  const file = pidFile(app.neo4jDir);
  return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : null;
}

function indexOfLine(lines: readonly string[], pattern: RegExp): number {
  return lines.findIndex((l) => pattern.test(l));
}

describe('a first start whose local Neo4j dies during the load of seeds/ (the built server)', () => {
  beforeAll(() => {
    main = buildApi('first-start-test');
  }, 240_000);

  it('when Neo4j is killed -9 as the imported graph is being finished, then npm start waits for the restart, finishes it again, serves every career and still stops cleanly', async () => {
    const app = await startApp();
    try {
      await app.waitForLine(LOADING, 240_000);
      // At once: the finishing (16 constraints and indexes, then the version) takes seconds on
      // the freshly started JVM, so the kill lands inside it. If it ever did not, no retry would be
      // logged and the wait below fails: the test cannot pass without hitting it.
      const killed = neo4jPid(app);
      expect(killed).not.toBeNull();
      process.kill(killed as number, 'SIGKILL');

      await app.waitForLine(RETRY, 30_000);
      await app.waitForLine(SERVING, 240_000);
      expect(app.child.exitCode).toBeNull();
      // In order: the import, finishing, the crash noticed, the restart awaited, one finishing
      // that succeeded, serving.
      const order = [IMPORTED, LOADING, RETRY, ANSWERS_AGAIN, LOADED, SERVING].map((p) =>
        indexOfLine(app.lines, p),
      );
      expect(order.every((i) => i >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(app.lines.filter((l) => LOADED.test(l))).toHaveLength(1);
      expect(app.lines.filter((l) => IMPORTED.test(l))).toHaveLength(1);
      const restarted = neo4jPid(app);
      expect(restarted).not.toBeNull();
      expect(restarted).not.toBe(killed);

      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
      const answer = await postGraphQL(app.url, '{ stats { careerCount } }');
      expect(answer.json.errors).toBeUndefined();
      expect(answer.json.data).toEqual({ stats: { careerCount: seeds().careers.length } });

      app.child.kill('SIGTERM');
      expect(await app.exited).toBe(0);
      expect(await isPortOpen(app.boltPort)).toBe(false);
    } finally {
      // Nothing left running, whatever failed: the app, then the Neo4j it had at the end.
      app.child.kill('SIGKILL');
      await app.exited;
      const pid = neo4jPid(app);
      if (pid !== null) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      rmSync(app.neo4jDir, { recursive: true, force: true });
    }
  }, 480_000);
});

describe('the schema repair before a first load runs again', () => {
  it("when a crash left a constraint's index without its constraint, then it is dropped and the schema set-up succeeds", async () => {
    // A Neo4j of its own: the shared test database must not change. A kill -9 during CREATE
    // CONSTRAINT leaves exactly this (found by killing Neo4j during applySchema): a RANGE index
    // under the constraint's name, owned by no constraint.
    const neo4j = await startScratchNeo4j('first-start-repair', { supervise: false });
    const driver = await connectDriver({ uri: neo4j.uri, ...neo4j.credentials });
    try {
      const runner = new QueryRunner(driver, {
        timeoutMs: 15_000,
        logger: logger.child({}, { level: 'silent' }),
      });
      await runner.write({
        name: 'orphan',
        text: 'CREATE RANGE INDEX setting_id FOR (n:Setting) ON (n.id)',
      });
      await expect(applySchema(runner)).rejects.toThrow(
        "There already exists an index called 'setting_id'",
      );

      expect(await dropOrphanedConstraintIndexes(runner)).toEqual(['setting_id']);
      await applySchema(runner);
      const constraints = await runner.read({
        name: 'constraints',
        text: 'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
      });
      expect(constraints[0]?.names).toContain('setting_id');
      // A sound schema (the plain indexes included) is left alone.
      expect(await dropOrphanedConstraintIndexes(runner)).toEqual([]);
    } finally {
      await driver.close();
      await neo4j.stop();
      rmSync(neo4j.dir, { recursive: true, force: true });
    }
  }, 180_000);
});
