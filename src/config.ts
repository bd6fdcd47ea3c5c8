import { z } from 'zod';
import { DEFAULT_MANIFEST } from './paths';

/**
 * Configuration, read once from the environment and validated at start-up: a bad value stops the
 * process with a message naming the variable, before anything listens or connects.
 */
const portNumber = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

const envSchema = z
  .object({
    PORT: portNumber.default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    NEO4J_URI: optionalText.pipe(
      z
        .string()
        .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a neo4j:// or bolt:// URI')
        .optional(),
    ),
    NEO4J_USER: optionalText,
    NEO4J_PASSWORD: optionalText,
    NEO4J_DATABASE: optionalText,
    LOCAL_NEO4J_BOLT_PORT: portNumber.default(7687),
    LOCAL_NEO4J_HTTP_PORT: portNumber.default(7474),
    LOCAL_NEO4J_DIR: z.string().min(1).default('.neo4j'),
    NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
    REQUEST_TIMEOUT_MS: positiveInt.default(8000),
    SHUTDOWN_GRACE_MS: positiveInt.default(10000),
    MAX_CONCURRENT_REQUESTS: positiveInt.default(8),
    MAX_QUEUED_REQUESTS: z.coerce.number().int().min(0).default(32),
    MAX_QUEUE_WAIT_SHARE: z.coerce.number().gt(0).lt(1).default(0.03),
    SLOT_GRACE_MS: positiveInt.default(2000),
    HEADERS_TIMEOUT_MS: positiveInt.default(10000),
    RECEIVE_TIMEOUT_MS: positiveInt.default(20000),
    MAX_JSON_DEPTH: positiveInt.default(64),
    MAX_QUERY_DEPTH: positiveInt.default(8),
    MAX_ALIASES: positiveInt.default(15),
    MAX_TOKENS: positiveInt.default(1500),
    MAX_DIRECTIVES: positiveInt.default(10),
    MAX_QUERY_COST: positiveInt.default(20000),
    MAX_FILTER_NODES: positiveInt.default(100),
    MAX_STRING_LENGTH: positiveInt.default(200),
    MAX_RESPONSE_FIELDS: positiveInt.default(50000),
    CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).default(60),
    CACHE_STALE_WHILE_REVALIDATE_SECONDS: z.coerce.number().int().min(0).default(30),
    PERSISTED_ONLY: z.enum(['on', 'off']).default('off'),
    CYPHER_TRACE: z.enum(['on', 'off']).optional(),
    PERSISTED_MANIFEST: z.string().min(1).default(DEFAULT_MANIFEST),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.HEADERS_TIMEOUT_MS > env.RECEIVE_TIMEOUT_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['HEADERS_TIMEOUT_MS'],
        message: 'must not exceed RECEIVE_TIMEOUT_MS (the headers are part of the request)',
      });
    }
    if (
      env.NEO4J_URI !== undefined &&
      (env.NEO4J_USER === undefined) !== (env.NEO4J_PASSWORD === undefined)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'set NEO4J_USER and NEO4J_PASSWORD together',
      });
    }
  });

export type Neo4jTarget =
  | { kind: 'external'; uri: string; user?: string; password?: string; database?: string }
  | { kind: 'local'; boltPort: number; httpPort: number; dir: string };

/** What one request may ask and spend; every refusal names the limit and the value it saw. */
export interface RequestLimits {
  /** The whole request (planning and execution); Neo4j gets what is left of it. */
  requestTimeoutMs: number;
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  maxFilterNodes: number;
  maxStringLength: number;
  maxResponseFields: number;
  maxConcurrent: number;
  maxQueued: number;
  /** The longest a request waits in the queue: MAX_QUEUE_WAIT_SHARE of the deadline. */
  maxQueueWaitMs: number;
  slotGraceMs: number;
  /** The whole request's headers, and the whole request, must arrive within these. */
  headersTimeoutMs: number;
  receiveTimeoutMs: number;
  /** How deeply a request body's (or GET parameter's) objects and arrays may nest. */
  maxJsonDepth: number;
}

/** How answers may be cached and which operations are answered (see api/http-cache/). */
export interface HttpCacheConfig {
  maxAgeSeconds: number;
  staleWhileRevalidateSeconds: number;
  /** The manifest of trusted documents when PERSISTED_ONLY=on; null answers any operation. */
  persistedManifest: string | null;
}

export interface Config {
  port: number;
  host: string;
  neo4j: Neo4jTarget;
  queryTimeoutMs: number;
  limits: RequestLimits;
  httpCache: HttpCacheConfig;
  shutdownGraceMs: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Whether a request may ask for the Cypher behind its answer (`X-Cypher-Trace: 1`). */
  cypherTrace: boolean;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join('.') || '(environment)'}: ${i.message}`)
      .join('\n');
    throw new ConfigError(`Invalid configuration:\n${problems}`);
  }
  const e = parsed.data;
  const neo4j: Neo4jTarget =
    e.NEO4J_URI !== undefined
      ? {
          kind: 'external',
          uri: e.NEO4J_URI,
          ...(e.NEO4J_USER !== undefined && { user: e.NEO4J_USER }),
          ...(e.NEO4J_PASSWORD !== undefined && { password: e.NEO4J_PASSWORD }),
          ...(e.NEO4J_DATABASE !== undefined && { database: e.NEO4J_DATABASE }),
        }
      : {
          kind: 'local',
          boltPort: e.LOCAL_NEO4J_BOLT_PORT,
          httpPort: e.LOCAL_NEO4J_HTTP_PORT,
          dir: e.LOCAL_NEO4J_DIR,
        };
  return {
    port: e.PORT,
    host: e.HOST,
    neo4j,
    queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
    limits: {
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      maxDepth: e.MAX_QUERY_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxTokens: e.MAX_TOKENS,
      maxDirectives: e.MAX_DIRECTIVES,
      maxCost: e.MAX_QUERY_COST,
      maxFilterNodes: e.MAX_FILTER_NODES,
      maxStringLength: e.MAX_STRING_LENGTH,
      maxResponseFields: e.MAX_RESPONSE_FIELDS,
      maxConcurrent: e.MAX_CONCURRENT_REQUESTS,
      maxQueued: e.MAX_QUEUED_REQUESTS,
      maxQueueWaitMs: Math.max(1, Math.round(e.MAX_QUEUE_WAIT_SHARE * e.REQUEST_TIMEOUT_MS)),
      slotGraceMs: e.SLOT_GRACE_MS,
      headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
      receiveTimeoutMs: e.RECEIVE_TIMEOUT_MS,
      maxJsonDepth: e.MAX_JSON_DEPTH,
    },
    httpCache: {
      maxAgeSeconds: e.CACHE_MAX_AGE_SECONDS,
      staleWhileRevalidateSeconds: e.CACHE_STALE_WHILE_REVALIDATE_SECONDS,
      persistedManifest: e.PERSISTED_ONLY === 'on' ? e.PERSISTED_MANIFEST : null,
    },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    logLevel: e.LOG_LEVEL,
    // A trace shows statements and parameters: by default only to clients on this machine.
    cypherTrace: e.CYPHER_TRACE === undefined ? isLoopbackHost(e.HOST) : e.CYPHER_TRACE === 'on',
  };
}

/**
 * The sizes the schema itself promises (page sizes, list arguments, filter shape). They are part
 * of the API's contract, written into its field descriptions, so they are fixed here rather than
 * read from the environment: a client that read the schema once can rely on them. Every refusal
 * of one names it. docs/limits.md lists them beside the configurable limits.
 */
export const SHAPE_LIMITS = Object.freeze({
  /** `careers(first:)`: a page holds 0 to this many careers. */
  maxPageSize: 100,
  /** `careers` without `first`. */
  defaultPageSize: 20,
  /** `first` on the other lists: search hits, a setting's careers, similar careers. */
  maxListFirst: 100,
  /** Ids or values in one filter list (`credentials.any`, `worksIn.any`, …). */
  maxFilterList: 100,
  /** How deeply `and`/`or`/`not` may nest in a careers filter. */
  maxFilterDepth: 8,
  /** Keys in one `sort`. */
  maxSortKeys: 5,
  /** Careers in one comparison. */
  maxCompared: 10,
  /** `careerMoves(maxSteps:)`: 1 to this many steps (each step multiplies the paths explored). */
  maxMoveSteps: 3,
  /** `careerMoves(first:)`: 1 to this many moves. */
  maxMovesFirst: 50,
});

/** Whether `host` (HOST) is reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The HTTP caching every variable left unset gives. */
export function defaultHttpCache(): HttpCacheConfig {
  return loadConfig({}).httpCache;
}

/** The limits every variable left unset gives (in-process servers in tests use these). */
export function defaultLimits(): RequestLimits {
  return loadConfig({}).limits;
}
