import 'reflect-metadata';
import { startScratchNeo4j, type LocalNeo4j } from '../src/local-neo4j/local-neo4j';
import { SEEDS_DIR } from '../src/paths';
import { loadSeeds } from '../src/seed/load-seeds';
import { readSeeds } from '../src/seed/seed-files';
import { createTestRunner } from './helpers/test-db';

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
    const local = await startScratchNeo4j('test', {
      pageCache: '256m',
      onProgress: (line) => process.stderr.write(`${line}\n`),
    });
    globalThis.__LOCAL_NEO4J__ = local;
    process.env.NEO4J_URI = local.uri;
    // Auth is on, as for `npm start`: the test files connect with the scratch server's password.
    process.env.NEO4J_USER = local.credentials.user;
    process.env.NEO4J_PASSWORD = local.credentials.password;
    // For tests that kill or freeze the server: its pid is in pidFile(TEST_NEO4J_DIR).
    process.env.TEST_NEO4J_DIR = local.dir;
  }
  const db = await createTestRunner();
  try {
    await loadSeeds(db.runner, readSeeds(SEEDS_DIR));
  } finally {
    await db.close();
  }
}
