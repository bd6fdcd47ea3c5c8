import type { QueryEvent } from '../../src/db/query-runner';
import { startServer, type RunningServer } from '../../src/server';
import { EXAMPLES } from '../../web/examples';
import { createTestRunner, type TestDb } from '../helpers/test-db';

/**
 * The Cypher behind an answer (X-Cypher-Trace: 1), against the seeded test Neo4j: what the trace
 * lists is what the query runner ran, and a request without the header is answered as before.
 */
interface TracedStatement {
  name: string;
  query: string;
  parameters: Record<string, unknown>;
  rows: number;
  ms: { database: number | null; firstRow: number | null; total: number };
  keys: number | null;
  path: string[];
}

interface Raw {
  status: number;
  text: string;
  headers: Headers;
  json: { data?: unknown; errors?: unknown[]; extensions?: { cypherTrace?: TracedStatement[] } };
}

let db: TestDb;
let traced: RunningServer;
let off: RunningServer;

beforeAll(async () => {
  db = await createTestRunner();
  // Loopback, so tracing is allowed by default; the other server has it turned off.
  traced = await startServer({ port: 0, runner: db.runner });
  off = await startServer({ port: 0, runner: db.runner, cypherTrace: false });
});

afterAll(async () => {
  await traced?.stop();
  await off?.stop();
  await db?.close();
});

async function post(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Raw> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, ...(variables && { variables }) }),
  });
  const text = await res.text();
  return { status: res.status, text, headers: res.headers, json: JSON.parse(text) as Raw['json'] };
}

async function get(url: string, query: string, headers: Record<string, string> = {}): Promise<Raw> {
  const res = await fetch(`${url}/graphql?query=${encodeURIComponent(query)}`, {
    headers: { 'apollo-require-preflight': 'true', ...headers },
  });
  const text = await res.text();
  return {
    status: res.status,
    text,
    headers: res.headers,
    json: (text ? JSON.parse(text) : {}) as Raw['json'],
  };
}

const TRACE = { 'x-cypher-trace': '1' };
const CAREER = '{ career(slug: "medical-records-specialists") { title medianPay { annual } } }';

describe('the Cypher trace (X-Cypher-Trace: 1)', () => {
  it('when each IDE example runs traced, then its trace lists exactly the statements the runner ran, in order, with their rows', async () => {
    for (const example of EXAMPLES) {
      const seen: QueryEvent[] = [];
      const unsubscribe = db.runner.onQuery((e) => seen.push(e));
      let answer: Raw;
      try {
        answer = await post(traced.url, example.query, example.variables, TRACE);
      } finally {
        unsubscribe();
      }
      const trace = answer.json.extensions?.cypherTrace ?? [];
      expect({ example: example.title, errors: answer.json.errors }).toEqual({
        example: example.title,
        errors: undefined,
      });
      expect({ example: example.title, trace: trace.map((t) => [t.name, t.rows]) }).toEqual({
        example: example.title,
        trace: seen.map((e) => [e.name, e.rows]),
      });
      expect(trace.length).toBeGreaterThan(0);
      for (const t of trace) {
        expect(t.query.length).toBeGreaterThan(0);
        expect(t.path.length).toBeGreaterThan(0);
        expect(t.ms.total).toBeGreaterThanOrEqual(0);
        expect(t.ms.database).not.toBeNull();
      }
    }
  });

  it('when a career is read traced, then its entry holds the exact text, the parameters, the batch size and the field', async () => {
    const answer = await post(traced.url, CAREER, undefined, TRACE);
    const [entry, ...rest] = answer.json.extensions?.cypherTrace ?? [];
    expect(rest).toEqual([]);
    expect(entry?.parameters.keys).toEqual(['medical-records-specialists']);
    expect(entry?.keys).toBe(1);
    expect(entry?.rows).toBe(1);
    expect(entry?.path).toEqual(['career']);
    expect(entry?.query).toContain('UNWIND $keys');
    expect(entry!.ms.firstRow!).toBeLessThanOrEqual(entry!.ms.database!);
  });

  it('when a list is loaded for every career of a page, then one batch names the field and carries every key', async () => {
    const page = '{ careers(first: 3) { edges { node { slug advancesTo { career { slug } } } } } }';
    const answer = await post(traced.url, page, undefined, TRACE);
    const trace = answer.json.extensions?.cypherTrace ?? [];
    const batch = trace.find((t) => t.path.includes('careers.edges.node.advancesTo'));
    expect(trace.map((t) => t.path)).toContainEqual(['careers.edges.node.advancesTo']);
    expect(batch?.keys).toBe(3);
    expect(batch?.parameters.keys).toHaveLength(3);
  });

  it('when a request does not ask, or the server does not allow tracing, then the answer is byte for byte the untraced one', async () => {
    const plain = await post(traced.url, CAREER);
    const fromOff = await post(off.url, CAREER);
    const askedOff = await post(off.url, CAREER, undefined, TRACE);
    expect(plain.json.extensions).toBeUndefined();
    expect(plain.text).toBe(fromOff.text);
    expect(askedOff.text).toBe(fromOff.text);
    const otherValue = await post(traced.url, CAREER, undefined, { 'x-cypher-trace': 'yes' });
    expect(otherValue.text).toBe(plain.text);
  });

  it('when a cacheable GET is traced, then no cache may keep it, it has no tag, and a tag it presents gets the trace, not a 304', async () => {
    // The tag names the graph version, which the server learns from its first health probe.
    let untraced = await get(traced.url, CAREER);
    for (let i = 0; i < 50 && !untraced.headers.get('etag'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      untraced = await get(traced.url, CAREER);
    }
    const tag = untraced.headers.get('etag');
    expect(tag).toBeTruthy();
    const tracedGet = await get(traced.url, CAREER, TRACE);
    expect(tracedGet.status).toBe(200);
    expect(tracedGet.headers.get('cache-control')).toBe('no-store');
    expect(tracedGet.headers.get('etag')).toBeNull();
    expect(tracedGet.json.extensions?.cypherTrace?.length).toBe(1);
    const revalidated = await get(traced.url, CAREER, { ...TRACE, 'if-none-match': tag! });
    expect(revalidated.status).toBe(200);
    expect(revalidated.json.extensions?.cypherTrace?.length).toBe(1);
    const without = await get(traced.url, CAREER, { 'if-none-match': tag! });
    expect(without.status).toBe(304);
  });
});
