import { defaultLimits } from '../../src/config';
import { ClientGoneError, QueryTimeoutError } from '../../src/errors';
import { startServer, type RunningServer } from '../../src/server';
import { errorCodes, postGraphQL } from '../helpers/http-graphql';
import { createTestRunner, type TestDb } from '../helpers/test-db';

/** A read that keeps Neo4j busy for many seconds unless stopped. */
const SLOW = {
  name: 'test/slow-count',
  text: 'UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n',
};
const RUNNING = {
  name: 'test/running-transactions',
  // STARTS WITH, so this query does not find its own text.
  text: "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH 'UNWIND range(1, 2' RETURN count(*) AS n",
};

describe('the request deadline', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestRunner();
  });
  afterAll(() => db.close());

  it('when a query outlives what is left of its request budget, then it is QUERY_TIMEOUT at the deadline and Neo4j stops it too', async () => {
    const controller = new AbortController();
    const started = performance.now();
    const timer = setTimeout(() => controller.abort(new QueryTimeoutError()), 500);
    await expect(
      db.runner
        .withBudget({ deadline: performance.now() + 500, signal: controller.signal })
        .read(SLOW),
    ).rejects.toBeInstanceOf(QueryTimeoutError);
    clearTimeout(timer);
    expect(performance.now() - started).toBeLessThan(1500);
    // The transaction got the remaining budget as its timeout, so Neo4j ends it as well.
    let running = 1;
    for (let i = 0; i < 20 && running > 0; i++) {
      await new Promise((r) => setTimeout(r, 250));
      running = Number((await db.runner.read(RUNNING))[0]?.n);
    }
    expect(running).toBe(0);
  });

  it('when the client leaves while its query runs, then the query stops at once with CLIENT_CLOSED_REQUEST and Neo4j stops it too, long before any timeout', async () => {
    const controller = new AbortController();
    const started = performance.now();
    const timer = setTimeout(() => controller.abort(new ClientGoneError()), 300);
    await expect(
      db.runner
        .withBudget({ deadline: performance.now() + 60_000, signal: controller.signal })
        .read(SLOW),
    ).rejects.toBeInstanceOf(ClientGoneError);
    clearTimeout(timer);
    expect(performance.now() - started).toBeLessThan(1500);
    // Its transaction had a minute left: only the reset the abandoned session sends ends it now.
    let running = 1;
    for (let i = 0; i < 20 && running > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      running = Number((await db.runner.read(RUNNING))[0]?.n);
    }
    expect(running).toBe(0);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  describe('over HTTP', () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startServer({
        port: 0,
        runner: db.runner,
        limits: { ...defaultLimits(), requestTimeoutMs: 1 },
      });
    });
    afterAll(() => server.stop());

    it('when a request has used up REQUEST_TIMEOUT_MS, then it answers one QUERY_TIMEOUT error and no partial data', async () => {
      const answer = await postGraphQL(
        server.url,
        '{ careers(first: 5) { totalCount edges { node { slug settings { sharePct } } } } }',
      );
      expect(answer.json.data).toBeNull();
      expect(errorCodes(answer.json)).toEqual(['QUERY_TIMEOUT']);
    });
  });
});
