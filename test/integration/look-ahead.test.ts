import { createContext } from '../../src/api/context';
import { CAREER_LISTS, SIMILAR, careerLists } from '../../src/api/career/career-lists';
import { FULL_PROJECTION } from '../../src/api/career/career-projection';
import { ISSUER } from '../../src/api/credential/credential.loaders';
import type { CareerRecord } from '../../src/api/graph-model/career.type';
import { prefetched, type PrefetchKey } from '../../src/api/shared/prefetched';
import { useSeededGraphQL } from '../helpers/graphql';
import { seeds } from '../helpers/seed-oracle';
import { createTestRunner, type TestDb } from '../helpers/test-db';

/** What the look-ahead attached to `parent` for a field; failing when it attached nothing. */
function fetched<T>(parent: object, key: PrefetchKey<T>): T {
  const found = prefetched(parent, key);
  if (!found) throw new Error(`${key.field} was not fetched by the look-ahead`);
  return found.value;
}

/** Whether `items` are in the order `key` gives (ascending, ties allowed). */
function inOrder<T>(items: readonly T[], key: (item: T) => Array<string | number>): boolean {
  const cmp = (a: Array<string | number>, b: Array<string | number>): number => {
    for (let i = 0; i < a.length; i++) {
      if (a[i]! < b[i]!) return -1;
      if (a[i]! > b[i]!) return 1;
    }
    return 0;
  };
  return items.every((item, i) => i === 0 || cmp(key(items[i - 1]!), key(item)) <= 0);
}

const ROLE_RANK: Record<string, number> = {
  REQUIRED: 0,
  REQUIRED_IN_SOME_STATES: 1,
  PREFERRED: 2,
};

/**
 * The look-ahead statement (careers-with-relations) reads every list of career-lists.ts, and each
 * list's own loader is the same statement asked for that list alone. With every field selected at
 * once it must answer what each list answers alone, hold what the seeds hold, in each list's
 * documented order, for every career.
 */
describe('look-ahead', () => {
  let db: TestDb;
  let careers: CareerRecord[];
  const slugs = (): string[] => seeds().careers.map((c) => c.slug);
  beforeAll(async () => {
    db = await createTestRunner();
    const bundled = await createContext(db.runner)
      .loaders.careerWithRelations(FULL_PROJECTION)
      .loadMany(slugs());
    careers = bundled.map((c) => {
      if (!c || c instanceof Error) throw new Error(`no career: ${String(c)}`);
      return c;
    });
  });
  afterAll(async () => {
    await db.close();
  });

  it('when every career is read with all its fields and lists in one statement, then each list equals what it answers alone', async () => {
    const alone = createContext(db.runner).loaders;
    expect(careers).toEqual(await alone.careerBySlug.loadMany(slugs()));
    for (const list of careerLists()) {
      const together = careers.map((c) => fetched(c, list.key));
      const own = await Promise.all(slugs().map((s) => alone.listBySlug(list, s)));
      expect({ list: list.field, values: together }).toEqual({ list: list.field, values: own });
    }
    const similar = careers.map((c) => fetched(c, SIMILAR.key));
    const ownSimilar = await Promise.all(
      slugs().map((slug) => alone.similarOccupations({ slug } as CareerRecord)),
    );
    expect(similar).toEqual(ownSimilar);
    // Their own loader primes careerBySlug with them, so they must be the careers, whole.
    const primed = ownSimilar.flat();
    expect(primed.length).toBeGreaterThan(100);
    const fresh = createContext(db.runner).loaders;
    expect(primed).toEqual(await fresh.careerBySlug.loadMany(primed.map((c) => c.slug)));
  });

  it('when every career is read, then each list holds what the seeds hold, in its documented order', () => {
    for (const [i, c] of careers.entries()) {
      const seed = seeds().careers[i]!;
      const credentials = fetched(c, CAREER_LISTS.credentials.key);
      expect(credentials.map((cc) => cc.credential.id).sort()).toEqual(
        seed.credentials.map((e) => e.credentialId).sort(),
      );
      expect(
        inOrder(credentials, (cc) => [ROLE_RANK[cc.role ?? ''] ?? 3, cc.credential.name]),
      ).toBe(true);
      const traits = fetched(c, CAREER_LISTS.traits.key);
      expect(traits.map((t) => t.id).sort()).toEqual(seed.traits.map((t) => t.traitId).sort());
      expect(inOrder(traits, (t) => [t.name.toLowerCase()])).toBe(true);
      const sources = fetched(c, CAREER_LISTS.sources.key);
      expect(sources.length).toBeGreaterThan(0);
      expect(inOrder(sources, (s) => [s.kind, s.url])).toBe(true);
      const settings = fetched(c, CAREER_LISTS.settings.key);
      expect(inOrder(settings, (s) => [-(s.sharePct ?? -1)])).toBe(true);
      const similar = fetched(c, SIMILAR.key);
      const inGraph = new Set(slugs());
      expect(similar.map((m) => m.slug).sort()).toEqual(
        seed.similarTo
          .map((m) => m.slug)
          .filter((slug) => inGraph.has(slug))
          .sort(),
      );
      expect(inOrder(similar, (m) => [m.title.toLowerCase()])).toBe(true);
    }
  });

  it("when credentials are read with their issuers, then each issuer is the one the issuer's own loader reads", async () => {
    const credentials = careers.flatMap((c) => fetched(c, CAREER_LISTS.credentials.key));
    expect(credentials.length).toBeGreaterThan(50);
    const issuers = credentials.map((cc) => fetched(cc.credential, ISSUER));
    const alone = createContext(db.runner).loaders;
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
