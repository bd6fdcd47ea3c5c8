import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectDriver } from '../src/db/driver';
import { QueryRunner } from '../src/db/query-runner';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../src/local-neo4j/local-neo4j';
import { logger } from '../src/logger';
import { SEEDS_DIR } from '../src/paths';
import { loadSeeds } from '../src/seed/load-seeds';
import { readSeeds } from '../src/seed/seed-files';

declare global {
  var __LOCAL_NEO4J__: LocalNeo4j | undefined;
}

/**
 * Starts one Neo4j for the whole test run (a fresh local server in a temp folder, or the database
 * NEO4J_URI names), loads seeds/ into it, and passes its URI to the test files through the
 * environment. Test files only read this graph; none changes it.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.NEO4J_URI) {
    const boltPort = await freePort();
    const local = await startLocalNeo4j({
      dir: mkdtempSync(path.join(os.tmpdir(), 'careers-graph-test-')),
      boltPort,
      httpPort: 0,
      pageCache: '256m',
      onProgress: (line) => process.stderr.write(`${line}\n`),
    });
    globalThis.__LOCAL_NEO4J__ = local;
    process.env.NEO4J_URI = local.uri;
    process.env.TEST_STARTED_NEO4J = 'true';
  }
  const driver = await connectDriver({
    uri: process.env.NEO4J_URI,
    ...(process.env.NEO4J_USER && { user: process.env.NEO4J_USER }),
    ...(process.env.NEO4J_PASSWORD && { password: process.env.NEO4J_PASSWORD }),
  });
  try {
    const runner = new QueryRunner(driver, {
      ...(process.env.NEO4J_DATABASE && { database: process.env.NEO4J_DATABASE }),
      timeoutMs: 30_000,
      logger,
    });
    await loadSeeds(runner, readSeeds(SEEDS_DIR));
  } finally {
    await driver.close();
  }
}
