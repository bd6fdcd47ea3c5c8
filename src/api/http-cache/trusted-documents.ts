import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { ERROR_CODES } from '../../errors';
import { sendJsonError } from '../limits/http-errors';
import { persistedHash, requestFromSearch, type OperationRequest } from './http-cache';

/**
 * Trusted documents for a public deployment (PERSISTED_ONLY=on): the server answers only the
 * operations of a committed manifest, in Apollo's persisted query manifest format, which
 * `npm run persisted:manifest` writes from the operations in the repository. A client sends a
 * listed operation's text or only its hash (`extensions.persistedQuery.sha256Hash`, as automatic
 * persisted queries do), so GET URLs stay short; anything else is refused before it is parsed.
 */
export const MANIFEST_FORMAT = 'apollo-persisted-query-manifest';

const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(1),
  operations: z.array(
    z.object({
      id: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase SHA-256 in hex'),
      name: z.string().min(1),
      type: z.enum(['query', 'mutation', 'subscription']),
      body: z.string().min(1),
    }),
  ),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestOperation = Manifest['operations'][number];

export function documentId(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

export class ManifestError extends Error {
  override readonly name = 'ManifestError';
}

type PersistedQueryCache = NonNullable<
  Exclude<ApolloServerOptions<BaseContext>['persistedQueries'], false | undefined>['cache']
>;

export class TrustedDocuments {
  private constructor(private readonly bodies: ReadonlyMap<string, string>) {}

  /** Checks every entry: a manifest whose id is not its body's hash would let a body in unseen. */
  static fromManifest(manifest: unknown, source = 'the manifest'): TrustedDocuments {
    const parsed = manifestSchema.safeParse(manifest);
    if (!parsed.success) {
      const problem = parsed.error.issues[0];
      throw new ManifestError(
        `${source} is not a persisted query manifest: ${problem?.path.join('.') ?? ''} ${problem?.message ?? ''}`.trim(),
      );
    }
    const bodies = new Map<string, string>();
    for (const op of parsed.data.operations) {
      if (documentId(op.body) !== op.id) {
        throw new ManifestError(`${source}: the id of ${op.name} is not the SHA-256 of its body`);
      }
      bodies.set(op.id, op.body);
    }
    return new TrustedDocuments(bodies);
  }

  static load(file: string): TrustedDocuments {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new ManifestError(`cannot read ${file}: ${(err as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ManifestError(`${file} is not JSON`);
    }
    return TrustedDocuments.fromManifest(json, file);
  }

  get size(): number {
    return this.bodies.size;
  }

  /** Why the request is refused, or null when it names a listed operation. */
  refusal(request: OperationRequest): string | null {
    const hash = persistedHash(request);
    if (hash !== undefined) {
      return this.bodies.has(hash) ? null : 'its persisted query hash is not in the manifest';
    }
    if (typeof request.query !== 'string') return null; // no document: Apollo answers that
    return this.bodies.has(documentId(request.query)) ? null : 'its text is not in the manifest';
  }

  /**
   * The store behind Apollo's persisted queries: the manifest, read-only. A client cannot register
   * new documents, so a hash the manifest lacks stays unknown.
   */
  apqCache(): PersistedQueryCache {
    const bodies = this.bodies;
    // Apollo prefixes its keys (`apq:<hash>`).
    const idOf = (key: string): string => key.slice(key.lastIndexOf(':') + 1);
    return {
      get: async (key: string) => bodies.get(idOf(key)),
      set: async () => undefined,
      delete: async () => false,
    };
  }
}

/** Express middleware for /graphql after the body is read: refuses any operation not listed. */
export function trustedDocumentsOnly(documents: TrustedDocuments) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const request: OperationRequest | null =
      req.method === 'GET'
        ? requestFromSearch(new URL(req.originalUrl, 'http://localhost').searchParams)
        : req.body !== null && typeof req.body === 'object' && !Array.isArray(req.body)
          ? (req.body as OperationRequest)
          : null;
    // A GET that is not one request (a repeated parameter) is refused: Apollo would read the first
    // of each, which need not be the one checked. A body that is not one request (a batch) goes on
    // to Apollo, which refuses batches.
    const why =
      request === null
        ? req.method === 'GET'
          ? 'its parameters repeat'
          : null
        : documents.refusal(request);
    if (!why) return next();
    sendJsonError(
      res,
      400,
      ERROR_CODES.OPERATION_NOT_PERSISTED,
      `This server answers only the operations in its manifest (PERSISTED_ONLY=on), and this request's operation is not one: ${why}.`,
    );
  };
}
