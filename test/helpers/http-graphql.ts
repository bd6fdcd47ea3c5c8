import type { QueryRunner } from '../../src/db/query-runner';
import { startServer, type RunningServer } from '../../src/server';
import { createTestRunner, type TestDb } from './test-db';

export interface HttpGqlBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface HttpGqlAnswer {
  status: number;
  json: HttpGqlBody;
  ms: number;
  headers: Headers;
}

/** POSTs a GraphQL request to a running server and times the answer. */
export async function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<HttpGqlAnswer> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, ...(variables && { variables }) }),
  });
  const json = (await res.json()) as HttpGqlBody;
  return { status: res.status, json, ms: performance.now() - started, headers: res.headers };
}

/** The codes of an answer's errors, for compact assertions. */
export function errorCodes(body: HttpGqlBody): unknown[] {
  return (body.errors ?? []).map((e) => e.extensions?.code);
}

/**
 * Registers the usual set-up of an HTTP test file, a runner over the seeded test database and the
 * real server on a free loopback port, and returns a handle to use inside its tests.
 */
export function useSeededServer(): { readonly runner: QueryRunner; readonly url: string } {
  let db: TestDb | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    db = await createTestRunner();
    server = await startServer({ port: 0, runner: db.runner });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useSeededServer: used outside a test');
    return value;
  };
  return {
    get runner() {
      return ready(db).runner;
    },
    get url() {
      return ready(server).url;
    },
  };
}
