import { startServer, type RunningServer } from '../../src/server';
import { createTestRunner, type TestDb } from '../helpers/test-db';

interface GqlBody {
  data?: Record<string, unknown> & { career?: unknown };
  errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
}

async function post(url: string, body: unknown): Promise<{ status: number; json: GqlBody }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as GqlBody };
}

describe('HTTP server', () => {
  let db: TestDb;
  let server: RunningServer;
  beforeAll(async () => {
    db = await createTestRunner();
    server = await startServer({ port: 0, runner: db.runner });
  });
  afterAll(async () => {
    await server.stop();
    await db.close();
  });

  it('when a query is POSTed to /graphql, then it answers from the graph', async () => {
    const { status, json } = await post(server.url, {
      query: '{ career(slug: "registered-nurses") { title jobs2024 medianPay { annual } } }',
    });
    expect(status).toBe(200);
    expect(json.data?.career).toEqual({
      title: 'Registered Nurses',
      jobs2024: 3391000,
      medianPay: { annual: 93600 },
    });
  });

  it('when first is above 100, then a BAD_USER_INPUT error says so', async () => {
    const { json } = await post(server.url, { query: '{ careers(first: 101) { totalCount } }' });
    expect(json.errors?.[0]?.message).toMatch(/first must be between 0 and 100/);
    expect(json.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('when a query is malformed, then the error is a validation error without a stack trace', async () => {
    const { status, json } = await post(server.url, { query: '{ careers { nope } }' });
    expect(status).toBe(400);
    expect(json.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(json.errors?.[0]?.extensions.stacktrace).toBeUndefined();
  });

  it('when a mutation is sent, then it is refused: the API is read-only', async () => {
    const { json } = await post(server.url, { query: 'mutation { deleteEverything }' });
    expect(json.errors?.[0]?.message).toMatch(
      /does not support mutations|Schema is not configured/,
    );
    expect(json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('when a large answer is asked with gzip accepted, then it comes compressed', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({
        query: '{ careers(first: 100) { edges { node { slug settings { oohCategory } } } } }',
      }),
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(((await res.json()) as GqlBody).data).toBeDefined();
  });

  it('when /healthz is asked, then it answers ok', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it("when /graphql is opened in a browser, then Apollo's CDN landing page is not served", async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const text = await res.text();
    expect(text).not.toMatch(/apollo-server-landing-page|embeddable-sandbox|cdn\./i);
  });
});
