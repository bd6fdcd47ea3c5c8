import http from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { createContext, createRepositories, type Context } from './api/context';
import { createSchema } from './api/schema';
import type { QueryRunner } from './db/query-runner';
import { ERROR_CODES, PUBLIC_CODES } from './errors';
import { logger } from './logger';
import { mountWebApp } from './web/web-app';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  port: number;
  host?: string;
  runner: QueryRunner;
  schema?: GraphQLSchema;
}

/**
 * Masks internal errors: users see our error codes with their messages, and anything unexpected
 * becomes a generic INTERNAL_SERVER_ERROR, logged in full here.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) return formatted;
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError && !original.path && !original.originalError) {
    // Request-level refusals from graphql-js (e.g. a mutation on this read-only schema) carry no
    // code and no field path; they are about the operation the user sent, not a server fault.
    return { ...formatted, extensions: { code: ERROR_CODES.BAD_USER_INPUT } };
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected error in resolver');
  return {
    message: 'Internal server error',
    ...(formatted.path && { path: formatted.path }),
    ...(formatted.locations && { locations: formatted.locations }),
    extensions: { code: ERROR_CODES.INTERNAL_SERVER_ERROR },
  };
}

/** Builds the Apollo server (no HTTP), for in-process `executeOperation` tests and `startServer`. */
export async function createApolloServer(
  schema: GraphQLSchema,
  plugins: ConstructorParameters<typeof ApolloServer<Context>>[0]['plugins'] = [],
): Promise<ApolloServer<Context>> {
  const server = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // Apollo's landing pages load from a CDN and fail offline; our own IDE is served at `/`.
    plugins: [ApolloServerPluginLandingPageDisabled(), ...(plugins ?? [])],
  });
  return server;
}

/**
 * Starts the API: the GraphQL IDE and graph pages at `/`, GraphQL at `/graphql`. Listen on port 0
 * to get a free port (tests). `stop()` drains requests, then closes the server; the caller owns
 * the query runner's driver.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const schema = options.schema ?? (await createSchema());
  const app = express();
  app.disable('x-powered-by');
  // The IDE's first load is ~6 MB of JavaScript; gzip makes it ~2 MB, and GraphQL JSON shrinks too.
  app.use(compression());
  const httpServer = http.createServer(app);
  const apollo = await createApolloServer(schema, [
    ApolloServerPluginDrainHttpServer({ httpServer }),
  ]);
  await apollo.start();
  const repos = createRepositories(options.runner);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  mountWebApp(app);
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async (): Promise<Context> => createContext(options.runner, repos),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : (options.host ?? '127.0.0.1')}:${port}`;

  let stopped: Promise<void> | null = null;
  return {
    url,
    stop: () => {
      stopped ??= apollo.stop();
      return stopped;
    },
  };
}
