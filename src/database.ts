import type { Driver } from 'neo4j-driver';
import type { Config } from './config';
import { connectDriver } from './db/driver';
import { QueryRunner } from './db/query-runner';
import { isPortOpen, startLocalNeo4j, type LocalNeo4j } from './local-neo4j/local-neo4j';
import type { Logger } from './logger';

export interface Database {
  runner: QueryRunner;
  /** True when the database is the project's own local one (which `npm start` may seed). */
  isLocal: boolean;
  close(): Promise<void>;
}

/**
 * Opens the configured database. With NEO4J_URI it connects there; otherwise it uses the local
 * Neo4j on loopback, starting it unless one already answers on the configured Bolt port (e.g. the
 * one `npm start` runs, when `npm run seed` is called beside it).
 */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  const target = config.neo4j;
  let local: LocalNeo4j | null = null;
  let uri: string;
  let auth: { user?: string; password?: string } = {};
  let database: string | undefined;
  if (target.kind === 'external') {
    uri = target.uri;
    auth = {
      ...(target.user && { user: target.user }),
      ...(target.password && { password: target.password }),
    };
    database = target.database;
  } else if (await isPortOpen(target.boltPort)) {
    uri = `bolt://127.0.0.1:${target.boltPort}`;
    log.info({ uri }, 'using the local Neo4j already running');
  } else {
    local = await startLocalNeo4j({
      dir: target.dir,
      boltPort: target.boltPort,
      httpPort: target.httpPort,
      onProgress: (line) => log.info(line),
    });
    uri = local.uri;
    log.info({ uri, browser: local.httpUrl && `${local.httpUrl}/browser/` }, 'local Neo4j started');
  }
  let driver: Driver;
  try {
    driver = await connectDriver({ uri, ...auth });
  } catch (err) {
    await local?.stop();
    throw err;
  }
  const runner = new QueryRunner(driver, {
    ...(database !== undefined && { database }),
    timeoutMs: config.queryTimeoutMs,
    logger: log,
  });
  return {
    runner,
    isLocal: target.kind === 'local',
    close: async () => {
      await driver.close();
      await local?.stop();
    },
  };
}
