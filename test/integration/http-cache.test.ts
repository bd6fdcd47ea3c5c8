import { loadConfig } from '../../src/config';
import { openDatabase, type Database } from '../../src/database';
import { startScratchNeo4j, type LocalNeo4j } from '../../src/local-neo4j/local-neo4j';
import { logger } from '../../src/logger';
import { DEFAULT_MANIFEST, SEEDS_DIR } from '../../src/paths';
import { loadSeeds } from '../../src/seed/load-seeds';
import { readSeeds } from '../../src/seed/seed-files';
import { startServer, type RunningServer } from '../../src/server';
import { documentId, TrustedDocuments } from '../../src/api/http-cache/trusted-documents';
import { EXAMPLES } from '../../web/examples';
import { recordQueries } from '../helpers/test-db';

/**
 * HTTP caching and trusted documents, over HTTP against the real Neo4j. This file owns its Neo4j
 * (the shared one is never changed): it loads the seeds a second time to see the version move.
 */
const NURSE = 'query Nurse($slug: ID!) { career(slug: $slug) { title jobs2024 } }';
const VARIABLES = { slug: 'registered-nurses' };

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: unknown } }> };
}

let neo4j: LocalNeo4j;
let db: Database;
let server: RunningServer;

function getUrl(params: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    search.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return `${server.url}/graphql?${search.toString()}`;
}

async function answer(res: Response): Promise<Answer> {
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    text,
    json: text ? (JSON.parse(text) as Answer['json']) : {},
  };
}

async function get(
  params: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer> {
  return answer(
    await fetch(getUrl(params), {
      // Apollo's CSRF prevention: a GET must say it is not a simple cross-site request.
      headers: { 'apollo-require-preflight': 'true', ...headers },
    }),
  );
}

async function post(body: unknown, url = server.url): Promise<Answer> {
  return answer(
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

async function until<T>(what: string, probe: () => Promise<T | null>, ms = 5000): Promise<T> {
  const deadline = performance.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The first tagged answer: the server tags nothing before its first probe has read the version. */
async function firstTagged(params: Record<string, unknown>): Promise<Answer> {
  return until('a tagged answer', async () => {
    const a = await get(params);
    return a.headers.get('etag') ? a : null;
  });
}

beforeAll(async () => {
  neo4j = await startScratchNeo4j('http-cache', { pageCache: '64m' });
  db = await openDatabase(
    loadConfig({
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.credentials.user,
      NEO4J_PASSWORD: neo4j.credentials.password,
    }),
    logger.child({}, { level: 'silent' }),
  );
  await loadSeeds(db.runner, readSeeds(SEEDS_DIR));
  server = await startServer({
    port: 0,
    runner: db.runner,
    cache: { maxAgeSeconds: 60, staleWhileRevalidateSeconds: 30 },
  });
}, 240_000);

afterAll(async () => {
  await server?.stop();
  await db?.close();
  await neo4j?.stop();
});

describe('answers that HTTP can cache', () => {
  it('when a query is asked over GET, then the answer carries a weak ETag and a public lifetime, the same as its POST', async () => {
    const got = await firstTagged({ query: NURSE, variables: VARIABLES });
    expect(got.status).toBe(200);
    expect(got.json).toEqual({
      data: { career: { title: 'Registered Nurses', jobs2024: 3391000 } },
    });
    expect(got.headers.get('etag')).toMatch(/^W\/"g\d+-[\w-]{27}"$/);
    expect(got.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=30');

    const posted = await post({ query: NURSE, variables: VARIABLES });
    expect(posted.headers.get('etag')).toBe(got.headers.get('etag'));
    // Another request is another answer, with another tag.
    const other = await get({ query: NURSE, variables: { slug: 'dental-hygienists' } });
    expect(other.headers.get('etag')).not.toBe(got.headers.get('etag'));
  });

  it('when a GET presents the current tag, then it is answered 304 without any statement run', async () => {
    const { headers } = await firstTagged({ query: NURSE, variables: VARIABLES });
    const tag = headers.get('etag') as string;
    const { result, queries } = await recordQueries(db.runner, () =>
      get({ query: NURSE, variables: VARIABLES }, { 'if-none-match': `"other", ${tag}` }),
    );
    expect(result.status).toBe(304);
    expect(result.text).toBe('');
    expect(result.headers.get('etag')).toBe(tag);
    expect(result.headers.get('cache-control')).toMatch(/^public, max-age=60/);
    expect(queries).toEqual([]);

    const stale = await get({ query: NURSE, variables: VARIABLES }, { 'if-none-match': '"old"' });
    expect(stale.status).toBe(200);
    expect(stale.headers.get('etag')).toBe(tag);
  });

  it('when an answer is an error, a refusal or a CSRF-suspect GET, then no cache may store it', async () => {
    const invalid = await get({ query: '{ careers { nope } }' });
    expect(invalid.status).toBe(400);
    const refused = await get({ query: '{ careers(first: 101) { totalCount } }' });
    expect(refused.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const simple = await answer(await fetch(getUrl({ query: NURSE, variables: VARIABLES })));
    expect(simple.status).toBe(400);
    const wrongMethod = await answer(await fetch(`${server.url}/graphql`, { method: 'PUT' }));
    expect(wrongMethod.status).toBe(405);
    for (const a of [invalid, refused, simple, wrongMethod]) {
      expect(a.headers.get('cache-control')).toBe('no-store');
      expect(a.headers.get('etag')).toBeNull();
    }
  });

  it('when a client uses automatic persisted queries over GET, then the short URL works after one registration, and its answer is tagged like the text', async () => {
    const query = 'query NurseTitle { career(slug: "registered-nurses") { title } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: documentId(query) } };
    const unknown = await get({ extensions });
    expect(unknown.json.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).toBe('no-store');

    const registered = await get({ query, extensions });
    expect(registered.status).toBe(200);
    const short = await get({ extensions });
    expect(short.json).toEqual({ data: { career: { title: 'Registered Nurses' } } });
    expect(short.headers.get('etag')).toBe(registered.headers.get('etag'));
    expect(short.headers.get('cache-control')).toMatch(/^public/);
  });

  it('when the seeds are loaded again, then the version moves and the old tag gets the new answer', async () => {
    const before = await firstTagged({ query: NURSE, variables: VARIABLES });
    const old = before.headers.get('etag') as string;
    const version = Number(/^W\/"g(\d+)-/.exec(old)?.[1]);
    await loadSeeds(db.runner, readSeeds(SEEDS_DIR));
    // The readiness monitor reads the version every 200 ms.
    const after = await until('the moved version', async () => {
      const a = await get({ query: NURSE, variables: VARIABLES }, { 'if-none-match': old });
      return a.status === 200 ? a : null;
    });
    expect(after.headers.get('etag')).toMatch(new RegExp(`^W/"g${version + 1}-`));
    expect(after.json).toEqual(before.json);
  }, 60_000);
});

describe('trusted documents (PERSISTED_ONLY=on)', () => {
  let trusted: RunningServer;
  beforeAll(async () => {
    trusted = await startServer({
      port: 0,
      runner: db.runner,
      trustedDocuments: TrustedDocuments.load(DEFAULT_MANIFEST),
    });
  });
  afterAll(async () => {
    await trusted?.stop();
  });

  const example = EXAMPLES.find((e) => e.title === 'Careers without licensure requirements');

  it('when a listed operation is sent as text, or only by its hash over GET, then it is answered', async () => {
    if (!example) throw new Error('the example is gone from web/examples.ts');
    const byText = await post({ query: example.query, variables: example.variables }, trusted.url);
    expect(byText.status).toBe(200);
    expect(byText.json.errors).toBeUndefined();
    const extensions = { persistedQuery: { version: 1, sha256Hash: documentId(example.query) } };
    const search = new URLSearchParams({
      extensions: JSON.stringify(extensions),
      variables: JSON.stringify(example.variables ?? {}),
    });
    const byHash = await answer(
      await fetch(`${trusted.url}/graphql?${search.toString()}`, {
        headers: { 'apollo-require-preflight': 'true' },
      }),
    );
    expect(byHash.status).toBe(200);
    expect(byHash.json).toEqual(byText.json);
  });

  it('when any other operation is sent, by text, by unknown hash or as a registration, then it is refused with OPERATION_NOT_PERSISTED', async () => {
    const free = await post({ query: NURSE, variables: VARIABLES }, trusted.url);
    const hash = { persistedQuery: { version: 1, sha256Hash: documentId(NURSE) } };
    const unknownHash = await post({ extensions: hash, variables: VARIABLES }, trusted.url);
    const registration = await post(
      { query: NURSE, extensions: hash, variables: VARIABLES },
      trusted.url,
    );
    for (const a of [free, unknownHash, registration]) {
      expect(a.status).toBe(400);
      expect(a.json.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_PERSISTED');
      expect(a.json.errors?.[0]?.message).toMatch(/only the operations in its manifest/);
      expect(a.headers.get('cache-control')).toBe('no-store');
    }
    // Two texts in one GET: Apollo would run the first, so the pair is refused whatever its order.
    const listed = example?.query ?? '';
    for (const pair of [
      [NURSE, listed],
      [listed, NURSE],
    ]) {
      const search = new URLSearchParams(pair.map((q) => ['query', q]));
      const twice = await answer(
        await fetch(`${trusted.url}/graphql?${search.toString()}`, {
          headers: { 'apollo-require-preflight': 'true' },
        }),
      );
      expect(twice.status).toBe(400);
      expect(twice.json.errors?.[0]?.message).toMatch(/its parameters repeat/);
    }
    // The registration was not stored: the hash is still unknown.
    const again = await post({ extensions: hash, variables: VARIABLES }, trusted.url);
    expect(again.json.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_PERSISTED');
  });
});
