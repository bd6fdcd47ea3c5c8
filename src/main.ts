import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { openDatabase, type Database } from './database';
import { LocalNeo4jError } from './local-neo4j/local-neo4j';
import { logger } from './logger';
import { SEEDS_DIR } from './paths';
import { countCareers, loadSeeds } from './seed/load-seeds';
import { readSeeds } from './seed/seed-files';
import { startServer, type RunningServer } from './server';

/**
 * `npm start`: config → database (the local one started if NEO4J_URI is unset) → seeds, only
 * into an empty local database → GraphQL server. Stops in reverse order on SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const db: Database = await openDatabase(config, logger);
  let server: RunningServer | null = null;
  const shutdown = async (signal: string): Promise<void> => {
    logger.info({ signal }, 'shutting down');
    await server?.stop();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    if (db.isLocal && (await countCareers(db.runner)) === 0) {
      logger.info('the local graph is empty: loading seeds/');
      const report = await loadSeeds(db.runner, readSeeds(SEEDS_DIR));
      logger.info(report, 'seeds loaded');
    }
    server = await startServer({ port: config.port, host: config.host, runner: db.runner });
  } catch (err) {
    await db.close();
    throw err;
  }
  logger.info(`GraphQL API at ${server.url}/graphql, IDE at ${server.url}/`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof LocalNeo4jError) {
    // Expected start-up problems: a plain message, no stack.
    process.stderr.write(`\n${err.message}\n\n`);
  } else {
    logger.fatal({ err }, 'start-up failed');
  }
  process.exit(1);
});
