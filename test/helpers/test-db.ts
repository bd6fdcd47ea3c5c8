import type { Driver } from 'neo4j-driver';
import { connectDriver } from '../../src/db/driver';
import { QueryRunner, type QueryEvent } from '../../src/db/query-runner';
import { logger } from '../../src/logger';

export interface TestDb {
  runner: QueryRunner;
  driver: Driver;
  close(): Promise<void>;
}

/** Connects to the seeded test database that global-setup prepared. */
export async function createTestRunner(): Promise<TestDb> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: run the tests through jest (global-setup)');
  const driver = await connectDriver({
    uri,
    ...(process.env.NEO4J_USER && { user: process.env.NEO4J_USER }),
    ...(process.env.NEO4J_PASSWORD && { password: process.env.NEO4J_PASSWORD }),
  });
  const runner = new QueryRunner(driver, {
    ...(process.env.NEO4J_DATABASE && { database: process.env.NEO4J_DATABASE }),
    timeoutMs: 30_000,
    logger: logger.child({}, { level: 'silent' }),
  });
  return { runner, driver, close: () => driver.close() };
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
