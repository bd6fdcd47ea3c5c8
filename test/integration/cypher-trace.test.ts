import type { QueryEvent } from '../../src/db/query-runner';
import type { PlanOperator, TracedStatement } from '../../src/db/statement-trace';
import { startServer, type RunningServer } from '../../src/server';
import { EXAMPLES } from '../../web/examples';
import { createTestRunner, type TestDb } from '../helpers/test-db';

/**
 * The Cypher behind an answer (X-Cypher-Trace: 1), against the seeded test Neo4j: what the trace
 * lists is what the query runner ran, and a request without the header is answered as before.
 */
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

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the answers' shapes are what is tested
async function plan(url: string, body: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${url}/cypher/plan`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

function operators(node: PlanOperator): string[] {
  return [node.operator, ...node.children.flatMap(operators)];
}

describe('POST /cypher/plan', () => {
  it("when given a traced statement by name with its parameters, then it answers Neo4j's PROFILE tree and its totals", async () => {
    const run = await post(traced.url, CAREER, undefined, TRACE);
    const [entry] = run.json.extensions?.cypherTrace ?? [];
    const answer = await plan(traced.url, { name: entry?.name, parameters: entry?.parameters });
    expect(answer.status).toBe(200);
    expect(answer.json.name).toBe(entry?.name);
    expect(answer.json.query).toBe(entry?.query);
    const tree = answer.json.plan as PlanOperator;
    expect(tree.operator).toBe('ProduceResults');
    expect(operators(tree).length).toBeGreaterThan(2);
    expect(tree.rows).toBe(1);
    const sum = (n: PlanOperator): number => n.dbHits + n.children.reduce((a, c) => a + sum(c), 0);
    expect(answer.json.total.dbHits).toBe(sum(tree));
    expect(answer.json.total.dbHits).toBeGreaterThan(0);
    expect(typeof answer.json.total.pageCacheHits).toBe('number');
    expect(typeof answer.json.total.pageCacheMisses).toBe('number');
  });

  it('when the traced statement is the built careers page, then it is built again from its arguments, to the same text', async () => {
    const page =
      '{ careers(first: 5, filter: { licensure: [NOT_REQUIRED], medianPay: { min: 40000 } }, sort: [{ field: JOBS, direction: DESC }]) { edges { node { slug } } } }';
    const run = await post(traced.url, page, undefined, TRACE);
    const entry = (run.json.extensions?.cypherTrace ?? []).find(
      (t) => t.name === 'api/careers-page',
    );
    expect(entry?.arguments).toMatchObject({ first: 5, filter: { licensure: ['NOT_REQUIRED'] } });
    const answer = await plan(traced.url, {
      name: 'api/careers-page',
      arguments: entry?.arguments,
    });
    expect(answer.status).toBe(200);
    expect(answer.json.query).toBe(entry?.query);
    expect((answer.json.plan as PlanOperator).rows).toBe(1);
  });

  it('when asked for free text, an unknown name, bad arguments or bad parameters, then it refuses with 400 naming the cause', async () => {
    const freeText = await plan(traced.url, { name: 'MATCH (n) DETACH DELETE n', parameters: {} });
    expect(freeText.status).toBe(400);
    expect(freeText.json.errors[0].message).toMatch(/only the API's own statements/);
    const unknown = await plan(traced.url, { name: 'api/no-such-statement' });
    expect([unknown.status, unknown.json.errors[0].extensions.code]).toEqual([
      400,
      'BAD_USER_INPUT',
    ]);
    const notObject = await plan(traced.url, ['api/careers-by-slug']);
    expect(notObject.status).toBe(400);
    const badArguments = await plan(traced.url, {
      name: 'api/careers-page',
      arguments: { filter: { licensure: ['SOMETIMES'] } },
    });
    expect(badArguments.status).toBe(400);
    expect(badArguments.json.errors[0].message).toMatch(/SOMETIMES/);
    const badParameters = await plan(traced.url, {
      name: 'api/careers-by-slug',
      parameters: {},
    });
    expect(badParameters.json.errors[0].message).toMatch(/keys/);
    expect([badParameters.status, badParameters.json.errors[0].extensions.code]).toEqual([
      400,
      'BAD_USER_INPUT',
    ]);
  });

  it('when tracing is off, then the plan and Browser paths do not exist; with it on, other methods get 405', async () => {
    const off_ = await plan(off.url, { name: 'api/careers-by-slug', parameters: { keys: ['x'] } });
    expect(off_.status).toBe(404);
    const get = await fetch(`${traced.url}/cypher/plan`);
    expect(get.status).toBe(405);
    // The local Browser's address for the IDE: none was given to this server.
    const browser = await fetch(`${traced.url}/cypher/browser`);
    expect([browser.status, await browser.json()]).toEqual([200, { url: null }]);
    expect((await fetch(`${off.url}/cypher/browser`)).status).toBe(404);
  });
});
