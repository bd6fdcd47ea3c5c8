import { useSeededServer } from '../helpers/http-graphql';

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
  const server = useSeededServer();

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

  it('when /readyz is asked while Neo4j answers and the graph is loaded, then it is 200 and says so', async () => {
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ready: true,
      database: 'up',
      graphLoaded: true,
      capacity: 'ok',
      requestsInFlight: 0,
    });
  });

  describe('errors outside GraphQL are JSON with a code, and nothing of the internals', () => {
    const expectJsonError = async (res: Response, status: number, code: string): Promise<void> => {
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const text = await res.text();
      expect(text).not.toMatch(/<html|<pre|\bat \w|node_modules|\/work\/|\.ts:|\.js:/i);
      const body = JSON.parse(text) as GqlBody;
      expect(body.errors?.[0]?.extensions.code).toBe(code);
      expect(body.errors?.[0]?.message).toEqual(expect.any(String));
    };

    it('when the body is malformed JSON, then 400 BAD_REQUEST', async () => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": "{ stats { careerCount } }"',
      });
      await expectJsonError(res, 400, 'BAD_REQUEST');
    });

    it('when the body is over 100 kB, then 413 PAYLOAD_TOO_LARGE', async () => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ stats { careerCount } } #${'x'.repeat(110_000)}` }),
      });
      await expectJsonError(res, 413, 'PAYLOAD_TOO_LARGE');
    });

    it('when a route does not exist, then 404 NOT_FOUND', async () => {
      await expectJsonError(await fetch(`${server.url}/no/such/route`), 404, 'NOT_FOUND');
      await expectJsonError(await fetch(`${server.url}/graph/Not_A_Slug`), 404, 'NOT_FOUND');
      await expectJsonError(await fetch(`${server.url}/assets/missing.js`), 404, 'NOT_FOUND');
    });

    it('when /graphql or /healthz is asked with another method, then 405 METHOD_NOT_ALLOWED naming the allowed ones', async () => {
      const put = await fetch(`${server.url}/graphql`, { method: 'PUT', body: '{}' });
      expect(put.headers.get('allow')).toBe('GET, POST');
      await expectJsonError(put, 405, 'METHOD_NOT_ALLOWED');
      const del = await fetch(`${server.url}/healthz`, { method: 'DELETE' });
      expect(del.headers.get('allow')).toBe('GET');
      await expectJsonError(del, 405, 'METHOD_NOT_ALLOWED');
    });
  });

  it("when /graphql is opened in a browser, then Apollo's CDN landing page is not served", async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const text = await res.text();
    expect(text).not.toMatch(/apollo-server-landing-page|embeddable-sandbox|cdn\./i);
  });
});
