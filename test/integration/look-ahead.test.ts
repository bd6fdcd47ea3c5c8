import { createContext } from '../../src/api/context';
import { FULL_PROJECTION } from '../../src/api/career/career-projection';
import type { CareerCredential } from '../../src/api/graph-model/credential.type';
import { prefetchedOr } from '../../src/api/shared/prefetched';
import { useSeededGraphQL } from '../helpers/graphql';
import { seeds } from '../helpers/seed-oracle';
import { createTestRunner, type TestDb } from '../helpers/test-db';

/** Null fields dropped, recursively: GraphQL answers an absent field and a null one alike. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

const never = (): Promise<never> => Promise.reject(new Error('not fetched by the look-ahead'));

/**
 * The look-ahead statement (careers-with-relations) writes each list again, projected; with every
 * field selected it must answer exactly what the lists' own loaders answer, for every career.
 */
describe('look-ahead', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestRunner();
  });
  afterAll(async () => {
    await db.close();
  });

  it('when every career is read with all its fields and lists in one statement, then each equals what its own loader answers', async () => {
    const slugs = seeds().careers.map((c) => c.slug);
    const alone = createContext(db.runner).loaders;
    const bundled = await createContext(db.runner)
      .loaders.careerWithRelations(FULL_PROJECTION)
      .loadMany(slugs);
    const careers = bundled.map((c) => {
      if (!c || c instanceof Error) throw new Error(`no career: ${String(c)}`);
      return c;
    });
    expect(careers).toEqual(await alone.careerBySlug.loadMany(slugs));
    for (const list of [
      'settings',
      'credentials',
      'traits',
      'sources',
      'similarOccupations',
    ] as const) {
      const fetched = await Promise.all(careers.map((c) => prefetchedOr(c, list, never)));
      expect({ list, values: withoutNulls(fetched) }).toEqual({
        list,
        values: withoutNulls(await alone[list].loadMany(slugs)),
      });
    }
    const credentials = (
      await Promise.all(
        careers.map((c) => prefetchedOr<CareerCredential[]>(c, 'credentials', never)),
      )
    ).flat();
    expect(credentials.length).toBeGreaterThan(50);
    const issuers = await Promise.all(
      credentials.map((cc) => prefetchedOr(cc.credential, 'issuer', never)),
    );
    expect(issuers).toEqual(await alone.issuer.loadMany(credentials.map((cc) => cc.credential.id)));
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

  it("when stats select some of the levels' and settings' fields, then those answer as the levels and settings themselves", async () => {
    const levelFields = ['code', 'name', 'rank'];
    const settingFields = ['id', 'name', 'description'];
    const roots = await gql.run<{
      educationLevels: Array<Record<string, unknown>>;
      settings: Array<Record<string, unknown>>;
    }>(`{ educationLevels { ${levelFields.join(' ')} } settings { ${settingFields.join(' ')} } }`);
    expect(roots.errors).toBeUndefined();
    const levels = new Map(roots.data!.educationLevels.map((l) => [l.code, l]));
    const settings = new Map(roots.data!.settings.map((st) => [st.id, st]));
    for (const [level, setting] of [
      [levelFields, settingFields],
      [['name'], ['description']],
      [['rank'], ['name']],
    ]) {
      const stats = await gql.run<{
        stats: {
          medianPayByEntryEducation: Array<{ level: Record<string, unknown> }>;
          careersPerSetting: Array<{ setting: Record<string, unknown> }>;
        };
      }>(
        `{ stats { medianPayByEntryEducation { level { code ${level!.join(' ')} } }
                   careersPerSetting { setting { id ${setting!.join(' ')} } } } }`,
      );
      expect(stats.errors).toBeUndefined();
      const pick = (o: Record<string, unknown> | undefined, keys: string[]) =>
        Object.fromEntries(keys.map((k) => [k, o?.[k]]));
      const answered = stats.data!.stats;
      expect(answered.medianPayByEntryEducation.length).toBe(levels.size);
      expect(answered.careersPerSetting.length).toBe(settings.size);
      for (const { level: l } of answered.medianPayByEntryEducation) {
        expect(l).toEqual(pick(levels.get(l.code), ['code', ...level!]));
      }
      for (const { setting: st } of answered.careersPerSetting) {
        expect(st).toEqual(pick(settings.get(st.id), ['id', ...setting!]));
      }
    }
  });
});
