import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../../src/db/cypher';
import { SEEDS_DIR } from '../../src/paths';
import { careerSourceUrls } from '../../src/seed/load-seeds';
import { readSeeds } from '../../src/seed/seed-files';
import type { CareerSeed } from '../../src/seed/seed.schema';

/**
 * A reload mirrors the seed files: an edge a career's file no longer names is deleted, and one it
 * names again is created. Each statement runs in a transaction that is rolled back, so the shared
 * test graph never changes.
 */
describe('seed edge statements', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = neo4j.driver(
      process.env.NEO4J_URI!,
      neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
    );
  });
  afterAll(() => driver.close());

  const career = readSeeds(SEEDS_DIR).careers.find(
    (c) => c.slug === 'medical-records-specialists',
  )!;

  /** Each edge statement, with its row for a career whose list is `edges`. */
  const statements: Array<
    [string, (c: CareerSeed) => unknown[], (c: CareerSeed, e: unknown[]) => unknown]
  > = [
    ['career-works-in', (c) => c.settings, (c, edges) => ({ slug: c.slug, edges })],
    ['career-credentials', (c) => c.credentials, (c, edges) => ({ slug: c.slug, edges })],
    ['career-traits', (c) => c.traits, (c, edges) => ({ slug: c.slug, edges })],
    ['career-similar', (c) => c.similarTo, (c, edges) => ({ slug: c.slug, edges })],
    [
      'career-education-options',
      (c) => c.educationOptions,
      (c, edges) => ({ slug: c.slug, edges }),
    ],
    ['career-sources', careerSourceUrls, (c, urls) => ({ slug: c.slug, urls })],
  ];

  it.each(statements)(
    'when %s runs with one edge left out, then it deletes that edge, and with it back, creates it again',
    async (name, edges, row) => {
      const all = edges(career);
      expect(all.length).toBeGreaterThan(1);
      const query = cypher(`seed/${name}`);
      const session = driver.session();
      const tx = session.beginTransaction();
      try {
        const counts = async (list: unknown[]) => {
          const result = await tx.run(query.text, { rows: [row(career, list)] });
          const u = result.summary.counters.updates();
          return { created: u.relationshipsCreated, deleted: u.relationshipsDeleted };
        };
        expect(await counts(all)).toEqual({ created: 0, deleted: 0 });
        expect(await counts(all.slice(1))).toEqual({ created: 0, deleted: 1 });
        expect(await counts(all)).toEqual({ created: 1, deleted: 0 });
      } finally {
        await tx.rollback();
        await session.close();
      }
    },
  );
});
