import type { Driver } from 'neo4j-driver';
import type { Config } from './config';
import { connectDriver } from './db/driver';
import { QueryRunner } from './db/query-runner';
import {
  isPortOpen,
  localCredentials,
  LocalNeo4jError,
  startLocalNeo4j,
  type LocalCredentials,
  type LocalNeo4j,
} from './local-neo4j/local-neo4j';
import type { Logger } from './logger';

export interface Database {
  runner: QueryRunner;
  /** True when the database is the project's own local one (which `npm start` may seed). */
  isLocal: boolean;
  /**
   * The local Neo4j this process started and supervises (its status() says `restarting` while
   * it comes back from a crash); null for NEO4J_URI or a local one another process runs.
   */
  localNeo4j: LocalNeo4j | null;
  close(): Promise<void>;
}

/**
 * Opens the configured database. With NEO4J_URI it connects there; otherwise it uses the local
 * Neo4j on loopback, starting it unless one already answers on the configured Bolt port (e.g. the
 * one `npm start` runs, when `npm run seed` is called beside it). The local one needs no
 * credentials from the caller: its password is read from the data folder.
 */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  const target = config.neo4j;
  let local: LocalNeo4j | null = null;
  let uri: string;
  let auth: { user?: string; password?: string };
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
    const credentials = localCredentials(target.dir);
    if (!credentials) {
      throw new LocalNeo4jError(
        `Something already listens on 127.0.0.1:${target.boltPort}, but ${target.dir}/password ` +
          `does not exist, so it is not this project's local Neo4j (or LOCAL_NEO4J_DIR differs). ` +
          `Stop it, choose another LOCAL_NEO4J_BOLT_PORT, or name it with NEO4J_URI, NEO4J_USER ` +
          `and NEO4J_PASSWORD.`,
      );
    }
    auth = credentials;
    log.info({ uri }, 'using the local Neo4j already running');
  } else {
    local = await startLocalNeo4j({
      dir: target.dir,
      boltPort: target.boltPort,
      httpPort: target.httpPort,
      // Neo4j's own default routing port beside the default Bolt port (7688 for 7687).
      routingPort: target.boltPort + 1,
      onProgress: (line) => log.info(line),
    });
    uri = local.uri;
    auth = local.credentials;
    superviseLog(local, log);
    log.info({ uri }, 'local Neo4j started');
    if (local.browserUrl) log.info(describeLocalBrowser(local.browserUrl, local.credentials));
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
    localNeo4j: local,
    close: async () => {
      await driver.close();
      await local?.stop();
    },
  };
}

/** The line that tells an analyst how to log in to Neo4j Browser, password included. */
export function describeLocalBrowser(browserUrl: string, credentials: LocalCredentials): string {
  return (
    `Neo4j Browser: ${browserUrl} (user ${credentials.user}, password ${credentials.password}; ` +
    `the password is kept in the data folder's password file)`
  );
}

function superviseLog(local: LocalNeo4j, log: Logger): void {
  local.on('exit', ({ code, signal }) =>
    log.error({ code, signal }, 'local Neo4j stopped unexpectedly; restarting it'),
  );
  local.on('restarting', ({ attempt, delayMs }) =>
    log.warn({ attempt, delayMs }, 'local Neo4j restart scheduled'),
  );
  local.on('restart-failed', ({ attempt, error }) =>
    log.error({ attempt, err: error }, 'local Neo4j restart failed'),
  );
  local.on('restarted', ({ attempt, pid }) => log.info({ attempt, pid }, 'local Neo4j restarted'));
}
