// First, as in main.ts: npm start's production defaults (NODE_ENV, young generation).
import '../src/production-default';
import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/database';
import { logger } from '../src/logger';
import { startServer } from '../src/server';
import { serveChild } from './child-server';

/**
 * The API under test (forked by bench.ts): the real server on a free loopback port, connected
 * like `npm start` is (openDatabase(loadConfig()), NEO4J_URI and credentials in the environment).
 * It counts the Cypher statements the query runner sends.
 */
serveChild(async () => {
  const db = await openDatabase(loadConfig(), logger.child({}, { level: 'warn' }));
  let queries = 0;
  db.runner.onQuery(() => {
    queries += 1;
  });
  const server = await startServer({ port: 0, runner: db.runner });
  return {
    url: `${server.url}/graphql`,
    queries: () => queries,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
});
