import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext, GraphQLRequest } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { asksForTrace } from '../cypher-trace/cypher-trace';

/**
 * HTTP caching of answers. The graph changes only when `npm run seed` loads a release, and every
 * load moves its version, so an answer is the same for everyone until the next load: a successful
 * query gets a validator (a weak ETag built from the graph version, the server's build and the
 * request) and a public freshness lifetime, and a GET that presents the current tag is answered
 * 304 before anything is parsed, admitted or run. Everything else under /graphql is `no-store`.
 */
export interface CachePolicy {
  maxAgeSeconds: number;
  staleWhileRevalidateSeconds: number;
  /** What else an answer depends on besides the graph and the request: the schema and the code. */
  build: string;
}

/** Where the current graph version comes from (the readiness monitor: see database-health.ts). */
export interface VersionSource {
  /** Null when unknown (no probe answered yet, or the database is down): nothing is tagged. */
  readonly graphVersion: number | null;
}

/** The parts of a GraphQL request that decide its answer, as GET parameters or a POST body give them. */
export type OperationRequest = Pick<
  GraphQLRequest,
  'query' | 'operationName' | 'variables' | 'extensions'
>;

export const NO_STORE = 'no-store';

export function cacheControl(policy: CachePolicy): string {
  return `public, max-age=${policy.maxAgeSeconds}, stale-while-revalidate=${policy.staleWhileRevalidateSeconds}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The hash of `extensions.persistedQuery` (automatic persisted queries), lowercased, if any. */
export function persistedHash(request: OperationRequest): string | undefined {
  const persisted: unknown = request.extensions?.persistedQuery;
  if (!persisted || typeof persisted !== 'object' || !('sha256Hash' in persisted)) return undefined;
  const hash: unknown = persisted.sha256Hash;
  return typeof hash === 'string' ? hash.toLowerCase() : undefined;
}

/**
 * What identifies one request's answer, the same for a GET and a POST of it, and for a persisted
 * query sent by hash or with its text. Null when the request cannot be identified (no document):
 * such a request is never tagged.
 */
export function requestKey(request: OperationRequest): string | null {
  const hash = persistedHash(request);
  const document =
    hash !== undefined ? hash : typeof request.query === 'string' ? sha256(request.query) : null;
  if (document === null) return null;
  return JSON.stringify([document, request.operationName ?? null, request.variables ?? null]);
}

/** The tag names the version in the clear (useful when reading a cache's log), the rest hashed. */
export function entityTag(policy: CachePolicy, version: number, key: string): string {
  const digest = createHash('sha256').update(`${policy.build}\n${key}`).digest('base64url');
  return `W/"g${version}-${digest.slice(0, 27)}"`;
}

/** RFC 9110 13.1.2: a list of tags or `*`, compared weakly (a `W/` prefix does not matter). */
export function ifNoneMatchHits(header: string, tag: string): boolean {
  const opaque = (t: string): string => t.trim().replace(/^W\//, '');
  const wanted = opaque(tag);
  return header.split(',').some((t) => t.trim() === '*' || opaque(t) === wanted);
}

/**
 * A GET's parameters as the request they carry, read as Apollo Server reads them. Null when they
 * cannot be one request (a repeated parameter, JSON that does not parse): Apollo answers those.
 */
export function requestFromSearch(search: URLSearchParams): OperationRequest | null {
  const one = (name: string): string | undefined | null => {
    const all = search.getAll(name);
    return all.length > 1 ? null : all[0];
  };
  const json = (text: string | undefined): Record<string, unknown> | undefined | null => {
    if (text === undefined) return undefined;
    try {
      const value: unknown = JSON.parse(text);
      return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : null;
    } catch {
      return null;
    }
  };
  const query = one('query');
  const operationName = one('operationName');
  const variablesText = one('variables');
  const extensionsText = one('extensions');
  if (variablesText === null || extensionsText === null) return null;
  const variables = json(variablesText);
  const extensions = json(extensionsText);
  if (query === null || operationName === null || variables === null || extensions === null) {
    return null;
  }
  return {
    ...(query !== undefined && { query }),
    ...(operationName !== undefined && { operationName }),
    ...(variables !== undefined && { variables }),
    ...(extensions !== undefined && { extensions }),
  };
}

/**
 * Express middleware for /graphql, before the body is read and before admission: marks every
 * answer `no-store` unless the plugin below says otherwise, and answers a GET that presents the
 * current tag with 304 at once. A 304 needs no slot: it reads nothing.
 */
export function conditionalGet(policy: CachePolicy, versions: VersionSource) {
  return (req: Request, res: Response, next: NextFunction): void => {
    res.setHeader('Cache-Control', NO_STORE);
    const presented = req.headers['if-none-match'];
    const version = versions.graphVersion;
    // A traced request wants this run's statements, which a 304 would not carry.
    if (req.method !== 'GET' || !presented || version === null || asksForTrace(req.headers)) {
      return next();
    }
    const request = requestFromSearch(new URL(req.originalUrl, 'http://localhost').searchParams);
    const key = request && requestKey(request);
    if (!key) return next();
    const tag = entityTag(policy, version, key);
    if (!ifNoneMatchHits(presented, tag)) return next();
    res.statusCode = 304;
    res.setHeader('ETag', tag);
    res.setHeader('Cache-Control', cacheControl(policy));
    res.end();
  };
}

/**
 * Tags a successful query's answer. The version is taken when the request starts, before it reads:
 * a load that lands meanwhile can only make the tag older than the data, and an older tag just
 * fails its next revalidation. (Read the other way round, an answer from the old graph could carry
 * the new version's tag and be revalidated as current until the next load.)
 */
export function httpCachePlugin(
  policy: CachePolicy,
  versions: VersionSource,
): ApolloServerPlugin<BaseContext> {
  const control = cacheControl(policy);
  return {
    async requestDidStart() {
      const version = versions.graphVersion;
      return {
        async willSendResponse({ request, response, operation }) {
          const { body, http } = response;
          const key =
            version !== null &&
            operation?.operation === 'query' &&
            body.kind === 'single' &&
            !body.singleResult.errors &&
            (http.status === undefined || http.status === 200)
              ? requestKey(request)
              : null;
          if (version === null || key === null) {
            // Apollo marks some errors `private, no-cache`; no cache of any kind keeps ours.
            http.headers.set('cache-control', NO_STORE);
            return;
          }
          http.headers.set('etag', entityTag(policy, version, key));
          http.headers.set('cache-control', control);
        },
      };
    },
  };
}
