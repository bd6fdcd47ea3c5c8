import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/database';
import type { QueryEvent, QueryRunner } from '../../src/db/query-runner';
import { logger } from '../../src/logger';

export interface TestDb {
  runner: QueryRunner;
  close(): Promise<void>;
}

/**
 * Connects to the seeded test database that global-setup prepared (its NEO4J_URI, with the same
 * NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE handling as the application).
 */
export async function createTestRunner(): Promise<TestDb> {
  if (!process.env.NEO4J_URI) {
    throw new Error('NEO4J_URI is not set: run the tests through jest (global-setup)');
  }
  return openDatabase(loadConfig(), logger.child({}, { level: 'silent' }));
}

/** Records every query the runner executes while `work` runs. */
export async function recordQueries<T>(
  runner: QueryRunner,
  work: () => Promise<T>,
): Promise<{ result: T; queries: QueryEvent[] }> {
  const queries: QueryEvent[] = [];
  const stop = runner.onQuery((e) => queries.push(e));
  try {
    return { result: await work(), queries };
  } finally {
    stop();
  }
}
