// First: the same production defaults as the API (NODE_ENV, young generation), so the two
// servers differ only in the library.
import '../../src/production-default';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { REPO_ROOT } from '../../src/paths';
import { serveChild } from '../child-server';

/**
 * @neo4j/graphql 7 serving the same graph, as its documentation sets it up (a driver, type
 * definitions, Apollo Server), on the same Express stack as the API. It counts the Cypher
 * statements the library sends by wrapping the driver's sessions.
 */

/** Wraps a driver so every statement run through its sessions calls `onStatement`. */
function countingDriver(driver: Driver, onStatement: () => void): Driver {
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop) {
        if (prop === 'run') {
          return (...args: Parameters<ManagedTransaction['run']>) => {
            onStatement();
            return target.run(...args);
          };
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop) {
        if (prop === 'executeRead' || prop === 'executeWrite') {
          return <T>(work: (tx: ManagedTransaction) => Promise<T> | T, config?: object) =>
            target[prop]((tx) => work(wrapTx(tx)), config);
        }
        if (prop === 'run') {
          return (...args: Parameters<Session['run']>) => {
            onStatement();
            return target.run(...args);
          };
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === 'session') {
        return (...args: Parameters<Driver['session']>) => wrapSession(target.session(...args));
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

serveChild(async () => {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set');
  const user = process.env.NEO4J_USER;
  const password = process.env.NEO4J_PASSWORD;
  const driver = neo4j.driver(uri, user && password ? neo4j.auth.basic(user, password) : undefined);
  let statements = 0;
  const typeDefs = readFileSync(
    path.join(REPO_ROOT, 'bench', 'neo4j-graphql', 'typedefs.graphql'),
    'utf8',
  );
  const neoSchema = new Neo4jGraphQL({
    typeDefs,
    driver: countingDriver(driver, () => {
      statements += 1;
    }),
  });
  const schema = await neoSchema.getSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    queries: () => statements,
    stop: async () => {
      await apollo.stop();
      httpServer.close();
      await driver.close();
    },
  };
});
