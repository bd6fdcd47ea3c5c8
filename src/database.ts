import type { Driver } from 'neo4j-driver';
import type { Config } from './config';
import { cypher } from './db/cypher';
import { connectDriver } from './db/driver';
import { QueryRunner } from './db/query-runner';
import { DatabaseUnavailableError } from './errors';
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
  /**
   * Resolves once the database answers again after it became unavailable. With a supervised
   * local Neo4j it waits out the restart, and rejects (LocalNeo4jError) as soon as a restart
   * fails or the server is stopped; in every case it rejects when `timeoutMs` passes unanswered.
   */
  waitUntilAvailable(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/** Where and how to reach the configured Neo4j, with the local one started if need be. */
export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  isLocal: boolean;
  /** The local Neo4j this process started (stop it when done); null otherwise. */
  local: LocalNeo4j | null;
}

/**
 * Resolves the configured database. With NEO4J_URI it is that one, with NEO4J_USER and
 * NEO4J_PASSWORD; otherwise the local Neo4j on loopback, started unless one already answers on
 * the configured Bolt port (e.g. the one `npm start` runs, when `npm run seed` is called beside
 * it). The local one needs no credentials from the caller: its password is read from the data
 * folder. Used by openDatabase and by `npm run cypher-shell`.
 */
export interface ConnectionOptions {
  /**
   * Fills a new local store before its server first starts (npm start's bulk import of seeds/);
   * called only when this process is about to start the local Neo4j.
   */
  newStore?: (home: string) => Promise<void>;
}

export async function connectionFor(
  config: Config,
  log: Logger,
  options: ConnectionOptions = {},
): Promise<Neo4jConnection> {
  const target = config.neo4j;
  if (target.kind === 'external') {
    return {
      uri: target.uri,
      ...(target.user && { user: target.user }),
      ...(target.password && { password: target.password }),
      ...(target.database && { database: target.database }),
      isLocal: false,
      local: null,
    };
  }
  if (await isPortOpen(target.boltPort)) {
    const credentials = localCredentials(target.dir);
    if (!credentials) {
      throw new LocalNeo4jError(
        `Something already listens on 127.0.0.1:${target.boltPort}, but ${target.dir}/password ` +
          `does not exist, so it is not this project's local Neo4j (or LOCAL_NEO4J_DIR differs). ` +
          `Stop it, choose another LOCAL_NEO4J_BOLT_PORT, or name it with NEO4J_URI, NEO4J_USER ` +
          `and NEO4J_PASSWORD.`,
      );
    }
    const uri = `bolt://127.0.0.1:${target.boltPort}`;
    log.info({ uri }, 'using the local Neo4j already running');
    return { uri, ...credentials, isLocal: true, local: null };
  }
  await options.newStore?.(target.dir);
  const local = await startLocalNeo4j({
    dir: target.dir,
    boltPort: target.boltPort,
    httpPort: target.httpPort,
    // Neo4j's own default routing port beside the default Bolt port (7688 for 7687).
    routingPort: target.boltPort + 1,
    onProgress: (line) => log.info(line),
  });
  superviseLog(local, log);
  log.info({ uri: local.uri }, 'local Neo4j started');
  if (local.browserUrl) log.info(describeLocalBrowser(local.browserUrl, local.credentials));
  return { uri: local.uri, ...local.credentials, isLocal: true, local };
}

/**
 * Opens the configured database (see connectionFor) and proves it answers. close() also stops
 * the local Neo4j when this process started it.
 */
export async function openDatabase(
  config: Config,
  log: Logger,
  options: ConnectionOptions = {},
): Promise<Database> {
  const { uri, user, password, database, isLocal, local } = await connectionFor(
    config,
    log,
    options,
  );
  let driver: Driver;
  try {
    driver = await connectDriver({
      uri,
      ...(user !== undefined && { user }),
      ...(password !== undefined && { password }),
    });
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
    isLocal,
    localNeo4j: local,
    waitUntilAvailable: (timeoutMs) => waitUntilAvailable(runner, local, timeoutMs),
    close: async () => {
      await driver.close();
      await local?.stop();
    },
  };
}

const PROBE = cypher('health/readiness');

async function waitUntilAvailable(
  runner: QueryRunner,
  local: LocalNeo4j | null,
  timeoutMs: number,
): Promise<void> {
  const until = performance.now() + timeoutMs;
  // The supervisor retries a failed restart for ever; a caller waiting on it wants to know at once.
  let failed = null as Error | null;
  const off = local?.on('restart-failed', ({ error }) => (failed ??= error));
  try {
    for (;;) {
      if (failed)
        throw new LocalNeo4jError(`The local Neo4j could not be restarted: ${failed.message}`);
      if (local?.status() === 'stopped') throw new LocalNeo4jError('The local Neo4j was stopped.');
      // The driver may report the lost connection before the supervisor has seen the process
      // exit, so `running` alone proves nothing: only an answer does.
      if (local?.status() !== 'restarting') {
        try {
          await runner.probe(PROBE, 2_000);
          return;
        } catch (err) {
          if (!(err instanceof DatabaseUnavailableError)) throw err;
        }
      }
      if (performance.now() >= until) {
        throw new LocalNeo4jError(`Neo4j did not answer again within ${timeoutMs} ms.`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    off?.();
  }
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
