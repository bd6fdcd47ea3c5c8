import { createContext } from '../../src/api/context';
import { seeds } from '../helpers/seed-oracle';
import { createTestRunner, type TestDb } from '../helpers/test-db';

/**
 * The look-ahead statement (careers-with-relations) primes the per-list loaders; what it primes
 * must be exactly what those loaders answer on their own, for every career of the graph.
 */
describe('look-ahead', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestRunner();
  });
  afterAll(async () => {
    await db.close();
  });

  it('when every career is read with all its lists in one statement, then each list equals what its own loader answers', async () => {
    const slugs = seeds().careers.map((c) => c.slug);
    const alone = createContext(db.runner).loaders;
    const primed = createContext(db.runner).loaders;
    const include = {
      settings: true,
      credentials: true,
      issuers: true,
      traits: true,
      sources: true,
      similar: true,
    };
    const careers = await primed.careerWithRelations(include).loadMany(slugs);
    expect(careers).toEqual(await alone.careerBySlug.loadMany(slugs));
    for (const list of [
      'settings',
      'credentials',
      'traits',
      'sources',
      'similarOccupations',
    ] as const) {
      expect({ list, values: await primed[list].loadMany(slugs) }).toEqual({
        list,
        values: await alone[list].loadMany(slugs),
      });
    }
    const credentialIds = [
      ...new Set(
        (await alone.credentials.loadMany(slugs)).flatMap((l) =>
          Array.isArray(l) ? l.map((c) => c.credential.id) : [],
        ),
      ),
    ];
    expect(await primed.issuer.loadMany(credentialIds)).toEqual(
      await alone.issuer.loadMany(credentialIds),
    );
  });
});
