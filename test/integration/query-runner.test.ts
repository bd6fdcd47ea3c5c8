import { Neo4jError } from 'neo4j-driver';
import { createTestRunner, type TestDb } from '../helpers/test-db';

/**
 * The runner turns V8's stack capture off while the driver builds each Result (it would build an
 * Error per statement only to keep a stack nobody reads). Nothing else may notice.
 */
describe('the query runner', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestRunner();
  });
  afterAll(() => db.close());

  it('when a read succeeds, then stack traces are captured as before it', async () => {
    const before = Error.stackTraceLimit;
    const rows = await db.runner.read({ name: 'test/one', text: 'RETURN 1 AS n' });
    expect(rows).toEqual([{ n: 1 }]);
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('after').stack?.split('\n').length).toBeGreaterThan(1);
  });

  it('when a read fails in the database, then its error still names the cause and the limit is restored', async () => {
    const before = Error.stackTraceLimit;
    const failed = await db.runner
      .read({ name: 'test/bad', text: 'RETURN nosuchfunction(1) AS n' })
      .catch((err: unknown) => err);
    expect(failed).toBeInstanceOf(Neo4jError);
    expect((failed as Neo4jError).code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect((failed as Neo4jError).message).toMatch(/nosuchfunction/i);
    expect(Error.stackTraceLimit).toBe(before);
  });
});
