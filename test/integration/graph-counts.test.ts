import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/paths';
import { createTestRunner, type TestDb } from '../helpers/test-db';

/** The table of graph counts in docs/data-model.md, recomputed from the seeded graph with its own Cypher. */
describe('docs/data-model.md graph counts', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestRunner();
  });
  afterAll(() => db.close());

  function readmeTable(): Map<string, number> {
    const readme = readFileSync(path.join(REPO_ROOT, 'docs', 'data-model.md'), 'utf8');
    const counts = new Map<string, number>();
    for (const line of readme.split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      // | Label | n | | TYPE | n |
      for (const [name, value] of [
        [cells[1], cells[2]],
        [cells[4], cells[5]],
      ]) {
        if (name && value && /^\d+$/.test(value) && /^[A-Z][A-Za-z_]+$/.test(name)) {
          counts.set(name, Number(value));
        }
      }
    }
    return counts;
  }

  it('when the counting Cypher shown in docs/data-model.md runs, then it gives its table', async () => {
    const labels = await db.runner.read({
      name: 'readme/labels',
      text: 'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS nodes ORDER BY label',
    });
    const types = await db.runner.read({
      name: 'readme/types',
      text: 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS relationships ORDER BY type',
    });
    const actual = new Map<string, number>([
      ...labels.map((r) => [String(r.label), Number(r.nodes)] as [string, number]),
      ...types.map((r) => [String(r.type), Number(r.relationships)] as [string, number]),
    ]);
    expect(Object.fromEntries(readmeTable())).toEqual(Object.fromEntries(actual));
  });
});
