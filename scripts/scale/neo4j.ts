import type { Config } from '../../src/config';
import { connectionFor } from '../../src/database';
import { connectDriver } from '../../src/db/driver';
import { QueryRunner } from '../../src/db/query-runner';
import type { LocalNeo4j } from '../../src/local-neo4j/local-neo4j';
import type { Logger } from '../../src/logger';
import { SEEDS_DIR } from '../../src/paths';
import { countCareers, loadSeeds } from '../../src/seed/load-seeds';
import { readSeeds } from '../../src/seed/seed-files';
import type { Neo4jTargetEnv } from './replicas';

export interface ScaleNeo4j {
  target: Neo4jTargetEnv;
  /** The local Neo4j this process started, stopped by close(); null when it used another. */
  local: LocalNeo4j | null;
  close(): Promise<void>;
}

/**
 * The database the replicas share, found as `npm start` finds its own (src/database.ts): NEO4J_URI
 * if set, else the local Neo4j in LOCAL_NEO4J_DIR, started unless it already runs. An empty local
 * graph is loaded from seeds/ here, once, since a replica given NEO4J_URI never seeds.
 */
export async function openScaleNeo4j(config: Config, log: Logger): Promise<ScaleNeo4j> {
  const connection = await connectionFor(config, log);
  if (connection.user === undefined || connection.password === undefined) {
    await connection.local?.stop();
    throw new Error('the replicas need NEO4J_USER and NEO4J_PASSWORD with NEO4J_URI');
  }
  const target = { uri: connection.uri, user: connection.user, password: connection.password };
  try {
    if (connection.isLocal) {
      const driver = await connectDriver(target);
      try {
        const runner = new QueryRunner(driver, { timeoutMs: 60_000, logger: log });
        if ((await countCareers(runner)) === 0) {
          log.info('the local graph is empty: loading seeds/');
          await loadSeeds(runner, readSeeds(SEEDS_DIR));
        }
      } finally {
        await driver.close();
      }
    }
  } catch (err) {
    await connection.local?.stop();
    throw err;
  }
  return { target, local: connection.local, close: async () => connection.local?.stop() };
}
