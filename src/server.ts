import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, printSchema, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { createContext, createSharedCaches, type Context } from './api/context';
import { asksForTrace, CypherTrace, cypherTracePlugin } from './api/cypher-trace/cypher-trace';
import { planRoute } from './api/cypher-trace/plan';
import { createSchema } from './api/schema';
import type { QueryRunner } from './db/query-runner';
import { ERROR_CODES, PUBLIC_CODES, QueryTimeoutError } from './errors';
import { logger } from './logger';
import { mountWebApp } from './web/web-app';
import { defaultHttpCache, defaultLimits, isLoopbackHost, type RequestLimits } from './config';
import { REPO_ROOT } from './paths';
import { conditionalGet, httpCachePlugin, type CachePolicy } from './api/http-cache/http-cache';
import { trustedDocumentsOnly, type TrustedDocuments } from './api/http-cache/trusted-documents';
import {
  Admission,
  admissionMiddleware,
  budgetOf,
  sendRefusal,
  ticketOf,
} from './api/limits/admission';
import { answerDeepBody, refuseDeepBody, refuseDeepQueryParameters } from './api/limits/json-depth';
import { DatabaseHealth } from './api/limits/database-health';
import { methodNotAllowed, mountJsonErrorHandlers, sendJsonError } from './api/limits/http-errors';
import {
  limitParseOptions,
  limitRefusal,
  limitValidationRules,
  requestLimitsPlugin,
} from './api/limits/request-limits';

export interface RunningServer {
  url: string;
  /**
   * Stops admitting requests (newcomers get 503), waits for those in flight up to `graceMs`,
   * then closes the HTTP server. Resolves true when every request finished in time. The caller
   * owns the query runner's driver.
   */
  stop(graceMs?: number): Promise<boolean>;
}

export interface ServerOptions {
  port: number;
  host?: string;
  runner: QueryRunner;
  schema?: GraphQLSchema;
  limits?: RequestLimits;
  /** Readiness and the outage monitor: how long Neo4j may take to answer a probe. */
  probeTimeoutMs?: number;
  /** Freshness of cacheable answers (CACHE_MAX_AGE_SECONDS, CACHE_STALE_WHILE_REVALIDATE_SECONDS). */
  cache?: Pick<CachePolicy, 'maxAgeSeconds' | 'staleWhileRevalidateSeconds'>;
  /** PERSISTED_ONLY=on: answer only these operations. */
  trustedDocuments?: TrustedDocuments | null;
  /** CYPHER_TRACE: whether `X-Cypher-Trace: 1` gets a trace (default: on when on loopback). */
  cypherTrace?: boolean;
  /** The local Neo4j Browser, for the IDE's "Open in Neo4j Browser" (where tracing is on). */
  neo4jBrowserUrl?: string | null;
}

/**
 * Masks internal errors: users see our error codes with their messages, and anything unexpected
 * becomes a generic INTERNAL_SERVER_ERROR, logged in full here.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const refusal = limitRefusal(error);
  if (refusal) {
    const { limit, value } = refusal;
    return {
      message: refusal.message,
      ...(formatted.locations && { locations: formatted.locations }),
      extensions: { code: refusal.code, limit, value },
    };
  }
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

/**
 * Builds the Apollo server (no HTTP), for in-process `executeOperation` tests and `startServer`.
 * The request limits apply in both.
 */
export async function createApolloServer(
  schema: GraphQLSchema,
  plugins: ConstructorParameters<typeof ApolloServer<Context>>[0]['plugins'] = [],
  limits: RequestLimits = defaultLimits(),
  trustedDocuments: TrustedDocuments | null = null,
): Promise<ApolloServer<Context>> {
  const server = new ApolloServer<Context>({
    // Automatic persisted queries keep GET URLs short; with trusted documents the store is the
    // manifest, and nothing can be added to it.
    ...(trustedDocuments && { persistedQueries: { cache: trustedDocuments.apqCache() } }),
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // Outside NODE_ENV=test Apollo stops itself on SIGTERM/SIGINT and then re-sends the signal,
    // which main.ts would take for a second one; main.ts owns the one stop path.
    stopOnTerminationSignals: false,
    parseOptions: limitParseOptions(limits),
    validationRules: limitValidationRules(limits),
    // Apollo's landing pages load from a CDN and fail offline; our own IDE is served at `/`.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints in this schema: the plugin would only add a hook to every field.
      ApolloServerPluginCacheControlDisabled(),
      requestLimitsPlugin<Context>(limits),
      ...(plugins ?? []),
    ],
  });
  return server;
}

/**
 * What an answer depends on besides the graph and the request: the schema and the release of the
 * code. The same on every replica of one release, so any of them can revalidate another's tag.
 */
function buildId(schema: GraphQLSchema): string {
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version?: unknown;
  };
  return createHash('sha256')
    .update(`${String(pkg.version)}\n${printSchema(schema)}`)
    .digest('base64url');
}

/**
 * Starts the API: the GraphQL IDE and graph pages at `/`, GraphQL at `/graphql`, liveness at
 * `/healthz` and readiness at `/readyz`. Listen on port 0 to get a free port (tests).
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const schema = options.schema ?? (await createSchema());
  const limits = options.limits ?? defaultLimits();
  const app = express();
  app.disable('x-powered-by');
  // Express would tag every body it sends, errors included, and answer its own 304s: the tags
  // here are the HTTP cache's (api/http-cache/), built on the graph version, and only on success.
  app.disable('etag');
  // The IDE's first load is ~6 MB of JavaScript; gzip makes it ~2 MB, and GraphQL JSON shrinks too.
  app.use(compression());
  const admission = new Admission(
    {
      requestTimeoutMs: limits.requestTimeoutMs,
      maxConcurrent: limits.maxConcurrent,
      maxQueued: limits.maxQueued,
      maxQueueWaitMs: limits.maxQueueWaitMs,
      slotGraceMs: limits.slotGraceMs,
    },
    logger,
  );
  // A GraphQL request that admission would refuse now is refused here, before Express: under a
  // burst of clients that retry at once, refusals are most of the traffic, and they must not take
  // the CPU the running requests need (Node drops the unread body).
  const door = (req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    if (!req.url?.startsWith('/graphql')) return false;
    const refusal = admission.refusalNow();
    if (!refusal) return false;
    sendRefusal(res, refusal);
    return true;
  };
  // Slow senders (slowloris) hold a socket, never a request slot: the body is read before
  // admission, and Node drops a connection whose headers, or whole request, are late. Its check
  // runs every second instead of every 30 s, so the limits hold to about a second.
  const httpServer = http.createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.receiveTimeoutMs,
      connectionsCheckingInterval: 1000,
    },
    (req, res) => {
      if (!door(req, res)) app(req, res);
    },
  );
  const health = new DatabaseHealth(
    options.runner,
    { probeTimeoutMs: options.probeTimeoutMs ?? 1000, intervalMs: 200, downAfterMs: 2000 },
    logger,
    (error) => admission.abortAll(error),
  );
  const { maxAgeSeconds, staleWhileRevalidateSeconds } = options.cache ?? defaultHttpCache();
  const cachePolicy: CachePolicy = {
    maxAgeSeconds,
    staleWhileRevalidateSeconds,
    build: buildId(schema),
  };
  const trustedDocuments = options.trustedDocuments ?? null;
  const tracing = options.cypherTrace ?? isLoopbackHost(options.host ?? '127.0.0.1');
  const apollo = await createApolloServer(
    schema,
    [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 1000 }),
      httpCachePlugin(cachePolicy, health),
      // After the cache's plugin: a traced answer is never stored, whatever that one decided.
      cypherTracePlugin<Context>(),
    ],
    limits,
    trustedDocuments,
  );
  await apollo.start();
  const caches = createSharedCaches();
  health.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const readiness = await health.readiness();
    const capacity = admission.capacity();
    const ready = readiness.ready && !capacity.wedged;
    res.status(ready ? 200 : 503).json({
      ...readiness,
      ready,
      capacity: capacity.wedged ? 'wedged' : 'ok',
      ...(capacity.wedged && {
        problem: `no request slot was given back for ${capacity.msSinceSlotFreed} ms, with ${capacity.running} running and ${capacity.queued} waiting`,
      }),
      // Requests admitted or queued and not yet answered: what a stop would drain, a load signal.
      requestsInFlight: admission.inFlight,
    });
  });
  app.all(['/healthz', '/readyz'], methodNotAllowed(['GET']));
  if (tracing) {
    // Only where tracing is allowed (elsewhere the path is a 404): the plan of a traced statement,
    // under the same body limits, admission and deadline as a GraphQL request.
    const plan = planRoute(schema, options.runner, limits);
    app.post(
      '/cypher/plan',
      express.json({ limit: '100kb', verify: refuseDeepBody(limits.maxJsonDepth) }),
      answerDeepBody,
      admissionMiddleware(admission),
      plan,
    );
    app.all('/cypher/plan', methodNotAllowed(['POST']));
    // Where the IDE's Cypher panel sends a statement to Neo4j Browser; null without a local one.
    app.get('/cypher/browser', (_req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      res.json({ url: options.neo4jBrowserUrl ?? null });
    });
    app.all('/cypher/browser', methodNotAllowed(['GET']));
  }
  mountWebApp(app);
  app.use(
    '/graphql',
    (req, res, next) => {
      if (req.method === 'GET' || req.method === 'POST') return next();
      methodNotAllowed(['GET', 'POST'])(req, res);
    },
    // The body is read and its depth measured before admission: a slow sender holds no slot.
    refuseDeepQueryParameters(limits.maxJsonDepth),
    // A revalidation that presents the current tag is answered here, before anything is read.
    conditionalGet(cachePolicy, health),
    express.json({ limit: '100kb', verify: refuseDeepBody(limits.maxJsonDepth) }),
  );
  app.use('/graphql', answerDeepBody);
  if (trustedDocuments) app.use('/graphql', trustedDocumentsOnly(trustedDocuments));
  app.use(
    '/graphql',
    admissionMiddleware(admission),
    (_req, res, next) => {
      // While Neo4j is known to be down, fail at once rather than wait on it.
      if (!health.isDown) return next();
      sendJsonError(
        res,
        503,
        ERROR_CODES.DATABASE_UNAVAILABLE,
        'The graph database is unavailable; try again shortly.',
      );
    },
    expressMiddleware(apollo, {
      // Each request's loaders and repositories read through a runner bound to its budget; the
      // caches keyed by graph version are the server's.
      context: async ({ req, res }): Promise<Context> => {
        // Named in the error log line of a slot held too long (POST body or GET parameter).
        const ticket = ticketOf(res);
        const operation: unknown =
          (req.body as { operationName?: unknown } | undefined)?.operationName ??
          (req.query as { operationName?: unknown }).operationName;
        if (ticket && typeof operation === 'string') ticket.operation = operation.slice(0, 100);
        const budget = budgetOf(res);
        if (!budget) return createContext(options.runner, caches);
        const trace = tracing && asksForTrace(req.headers) ? new CypherTrace() : undefined;
        return createContext(options.runner.withBudget(budget, trace), caches, trace);
      },
    }),
  );
  mountJsonErrorHandlers(app, logger);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : (options.host ?? '127.0.0.1')}:${port}`;

  let stopped: Promise<boolean> | null = null;
  return {
    url,
    stop: (graceMs = 10_000) => {
      stopped ??= (async () => {
        let timer: NodeJS.Timeout | undefined;
        const inTime = await Promise.race([
          admission.drain().then(() => true),
          new Promise<boolean>((resolve) => {
            timer = setTimeout(() => resolve(false), graceMs);
          }),
        ]);
        clearTimeout(timer);
        health.stop();
        if (!inTime) admission.abortAll(new QueryTimeoutError());
        await apollo.stop();
        return inTime;
      })();
      return stopped;
    },
  };
}
