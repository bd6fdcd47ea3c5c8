import { readdirSync } from 'node:fs';
import path from 'node:path';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { createContext } from '../../src/api/context';
import { createSchema } from '../../src/api/schema';
import { warmUp } from '../../src/api/warm-up/warm-up';
import { logger } from '../../src/logger';
import { EXAMPLES } from '../../web/examples';
import { CYPHER_DIR } from '../../src/paths';
import { createTestRunner, type TestDb } from '../helpers/test-db';

/**
 * The start-up warm-up plans every statement the IDE examples need, so their first run after
 * start finds its plans cached. Checked by statement text: each careers-page filter and sort shape
 * compiles to its own text, and so to its own plan.
 */
describe('start-up warm-up', () => {
  let db: TestDb;
  let schema: GraphQLSchema;
  const sent = new Set<string>();
  const names = new Set<string>();

  beforeAll(async () => {
    db = await createTestRunner();
    schema = await createSchema();
    const read = db.runner.read.bind(db.runner);
    jest.spyOn(db.runner, 'read').mockImplementation((query, params) => {
      sent.add(query.text);
      names.add(query.name);
      return read(query, params);
    });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await db.close();
  });

  it('when it runs on the seeded graph, then every warm-up operation is valid and answers without errors', async () => {
    const report = await warmUp(schema, db.runner, logger.child({}, { level: 'silent' }));
    expect(report.errors).toBe(0);
    expect(sent.size).toBeGreaterThan(20);
  });

  it('when it has run, then it sent every API statement itself: none was left to a loader another field had primed', () => {
    const api = readdirSync(path.join(CYPHER_DIR, 'api'))
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => `api/${f.replace(/\.cypher$/, '')}`);
    expect(api.length).toBeGreaterThan(30);
    expect(api.filter((name) => !names.has(name))).toEqual([]);
  });

  it.each(EXAMPLES.map((e) => [e.title, e] as const))(
    'when the IDE example "%s" runs after the warm-up, then it sends no statement the warm-up did not plan',
    async (_title, example) => {
      const warmed = new Set(sent);
      const before = sent.size;
      const result = await execute({
        schema,
        document: parse(example.query),
        contextValue: createContext(db.runner),
        ...(example.variables && { variableValues: example.variables }),
      });
      expect(result.errors).toBeUndefined();
      const fresh = [...sent].slice(before).filter((text) => !warmed.has(text));
      expect(fresh).toEqual([]);
    },
  );
});
