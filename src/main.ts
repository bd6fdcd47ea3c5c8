// First: sets NODE_ENV before graphql loads (see production-default.ts).
import './production-default';
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { openDatabase, type Database } from './database';
import { LocalNeo4jError, localBrowserUrl } from './local-neo4j/local-neo4j';
import { logger } from './logger';
import { importSeedsIntoNewStore, seedEmptyLocalGraph } from './seed/first-load';
import { startServer, type RunningServer } from './server';
import { createSchema } from './api/schema';
import { warmUp } from './api/warm-up/warm-up';
import { ManifestError, TrustedDocuments } from './api/http-cache/trusted-documents';

/**
 * `npm start`: config → database (the local one started if NEO4J_URI is unset) → seeds, only
 * into an empty local database (tried again if the local Neo4j crashes meanwhile: see
 * seed/first-load.ts) → GraphQL server.
 *
 * One stop path for SIGTERM and SIGINT: stop admitting (newcomers get 503), let the requests in
 * flight finish within SHUTDOWN_GRACE_MS, close the server, stop the database (the local Neo4j
 * with it), exit 0. The end of the grace period abandons what is still running and a second
 * signal skips the wait; either way Neo4j is stopped before the process exits, with code 1.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  logger.level = config.logLevel;
  // Read before anything starts: a bad manifest stops the process as a bad variable does.
  const manifest = config.httpCache.persistedManifest;
  const trustedDocuments = manifest ? TrustedDocuments.load(manifest) : null;
  if (trustedDocuments) {
    logger.info(
      { manifest, operations: trustedDocuments.size },
      'PERSISTED_ONLY=on: only the manifest operations are answered',
    );
  }
  // A new local store is filled by Neo4j's bulk importer before its server first starts.
  const db: Database = await openDatabase(config, logger, {
    newStore: (home) => importSeedsIntoNewStore(home, logger),
  });
  let server: RunningServer | null = null;
  let closingDb: Promise<void> | null = null;
  const closeDb = (): Promise<void> => (closingDb ??= db.close());
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: stopping now without waiting for requests');
      await closeDb();
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down');
    const drained = (await server?.stop(config.shutdownGraceMs)) ?? true;
    if (!drained) logger.warn('grace period over: requests still running were abandoned');
    await closeDb();
    logger.info('stopped');
    process.exit(drained ? 0 : 1);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await seedEmptyLocalGraph(db, logger);
    // Plans every API statement before the first user asks (see src/api/warm-up.ts).
    const schema = await createSchema();
    await warmUp(schema, db.runner, logger);
    server = await startServer({
      schema,
      port: config.port,
      host: config.host,
      runner: db.runner,
      limits: config.limits,
      cache: config.httpCache,
      trustedDocuments,
      cypherTrace: config.cypherTrace,
      neo4jBrowserUrl:
        config.neo4j.kind === 'local' && config.neo4j.httpPort > 0
          ? localBrowserUrl(config.neo4j.httpPort, config.neo4j.boltPort)
          : null,
    });
  } catch (err) {
    await closeDb();
    throw err;
  }
  logger.info(`GraphQL API at ${server.url}/graphql, IDE at ${server.url}/`);
}

main().catch((err: unknown) => {
  if (
    err instanceof ConfigError ||
    err instanceof LocalNeo4jError ||
    err instanceof ManifestError
  ) {
    // Expected start-up problems: a plain message, no stack.
    process.stderr.write(`\n${err.message}\n\n`);
  } else {
    logger.fatal({ err }, 'start-up failed');
  }
  process.exit(1);
});
