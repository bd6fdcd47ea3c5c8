import { createContext } from '../../src/api/context';
import { useSeededGraphQL } from '../helpers/graphql';
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

describe('stats look-ahead', () => {
  const gql = useSeededGraphQL();

  it('when stats are asked for one aggregate at a time, then each answers as it does with all of them', async () => {
    const all = await gql.run<{ stats: Record<string, unknown> }>(
      '{ stats { careerCount medianPayByEntryEducation { median } careersPerSetting { count } careersPerLicensure { count } } }',
    );
    expect(all.errors).toBeUndefined();
    for (const field of [
      'careerCount',
      'medianPayByEntryEducation { median }',
      'careersPerSetting { count }',
      'careersPerLicensure { count }',
    ]) {
      const name = field.split(' ')[0]!;
      const one = await gql.run<{ stats: Record<string, unknown> }>(`{ stats { ${field} } }`);
      expect(one.errors).toBeUndefined();
      expect(one.data!.stats[name]).toEqual(all.data!.stats[name]);
    }
    expect(all.data!.stats.careerCount).toBe(seeds().careers.length);
  });
});
