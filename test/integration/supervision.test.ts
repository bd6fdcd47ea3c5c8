import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/database';
import {
  pidFile,
  startScratchNeo4j,
  type LocalNeo4j,
  type LocalNeo4jEvents,
} from '../../src/local-neo4j/local-neo4j';
import { logger } from '../../src/logger';
import { SEEDS_DIR } from '../../src/paths';
import { loadSeeds } from '../../src/seed/load-seeds';
import { readSeeds } from '../../src/seed/seed-files';

/**
 * The local Neo4j that `npm start` runs is supervised. This file kills a seeded server of its own
 * with SIGKILL and checks that it comes back on its own, with backoff, with its data, and that a
 * normal stop afterwards logs no error.
 */
let local: LocalNeo4j;
const events: { event: keyof LocalNeo4jEvents; detail: unknown }[] = [];

beforeAll(async () => {
  local = await startScratchNeo4j('supervision', { restartDelayMs: 1_000 });
  for (const event of ['exit', 'restarting', 'restarted', 'restart-failed'] as const) {
    local.on(event, (detail) => events.push({ event, detail }));
  }
  const db = await openTo(local);
  try {
    await loadSeeds(db.runner, readSeeds(SEEDS_DIR));
  } finally {
    await db.close();
  }
}, 180_000);
afterAll(() => local.stop());

function openTo(server: LocalNeo4j): ReturnType<typeof openDatabase> {
  return openDatabase(
    loadConfig({
      NEO4J_URI: server.uri,
      NEO4J_USER: server.credentials.user,
      NEO4J_PASSWORD: server.credentials.password,
    }),
    logger.child({}, { level: 'silent' }),
  );
}

async function graphCounts(): Promise<{ nodes: number; relationships: number; careers: number }> {
  const db = await openTo(local);
  try {
    const [row] = await db.runner.read({
      name: 'counts',
      text:
        'MATCH (n) WITH count(n) AS nodes ' +
        'MATCH ()-[r]->() WITH nodes, count(r) AS relationships ' +
        'MATCH (c:Career) RETURN nodes, relationships, count(c) AS careers',
    });
    return row as { nodes: number; relationships: number; careers: number };
  } finally {
    await db.close();
  }
}

function next<E extends keyof LocalNeo4jEvents>(event: E): Promise<LocalNeo4jEvents[E][0]> {
  return new Promise((resolve) => {
    const off = local.on(event, (...args) => {
      off();
      resolve(args[0]);
    });
  });
}

async function killAndAwaitRestart(): Promise<{
  restarting: LocalNeo4jEvents['restarting'][0];
  restarted: LocalNeo4jEvents['restarted'][0];
  statusWhileDown: string;
}> {
  const pid = local.pid();
  if (pid === undefined) throw new Error('no pid');
  const restarting = next('restarting');
  const restarted = next('restarted');
  process.kill(pid, 'SIGKILL');
  const scheduled = await restarting;
  const statusWhileDown = local.status();
  return { restarting: scheduled, restarted: await restarted, statusWhileDown };
}

describe('a supervised local Neo4j', () => {
  it('after kill -9, is restarted after 1 s, answers with the same password and keeps every node and relationship', async () => {
    const before = await graphCounts();
    expect(before.careers).toBeGreaterThanOrEqual(60);
    const oldPid = local.pid();

    const { restarting, restarted, statusWhileDown } = await killAndAwaitRestart();

    expect(statusWhileDown).toBe('restarting');
    expect(restarting).toEqual({ attempt: 1, delayMs: 1_000 });
    expect(events.find((e) => e.event === 'exit')?.detail).toEqual({
      code: null,
      signal: 'SIGKILL',
    });
    expect(local.status()).toBe('running');
    expect(restarted.pid).toBeDefined();
    expect(restarted.pid).not.toBe(oldPid);
    expect(readFileSync(pidFile(local.dir), 'utf8').trim()).toBe(String(restarted.pid));
    expect(await graphCounts()).toEqual(before);
  }, 180_000);

  it('backs off: a second crash soon after waits twice as long', async () => {
    const { restarting } = await killAndAwaitRestart();
    expect(restarting).toEqual({ attempt: 2, delayMs: 2_000 });
    expect(local.status()).toBe('running');
    expect(events.filter((e) => e.event === 'restart-failed')).toEqual([]);
  }, 180_000);

  it('stops for good on stop(): no restart, no pid file, and no ERROR in its log', async () => {
    await local.stop();
    expect(local.status()).toBe('stopped');
    expect(existsSync(pidFile(local.dir))).toBe(false);
    expect(events.filter((e) => e.event === 'exit')).toHaveLength(2);

    const log = readFileSync(path.join(local.dir, 'logs', 'neo4j.log'), 'utf8');
    const lastRun = log.slice(log.lastIndexOf('Starting...'));
    expect(lastRun).toContain('Stopped.');
    expect(lastRun).not.toMatch(/ ERROR /);
    expect(lastRun).not.toContain('Shutdown in progress');
  }, 60_000);
});
