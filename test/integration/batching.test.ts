import { useSeededGraphQL } from '../helpers/graphql';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { createContext } from '../../src/api/context';
import { CAREER_LISTS } from '../../src/api/career/career-lists';
import type { CareerRecord } from '../../src/api/graph-model/career.type';
import { createSchema } from '../../src/api/schema';
import { createTestRunner, recordQueries, type TestDb } from '../helpers/test-db';

/**
 * The performance contract: a page costs a fixed number of Cypher round trips whatever its size.
 * The careers resolver looks ahead in the selection set, so the nested lists it knows (settings,
 * credentials with their issuers, traits, similar occupations) come in one statement that primes
 * the per-request DataLoaders: 1 for the page + 1 for its lists = 2. A list it does not look
 * ahead for still goes through its loader: one more statement per such field, not per career.
 */
const PAGE = /* GraphQL */ `
  query Page($first: Int!) {
    careers(first: $first) {
      totalCount
      edges {
        node {
          slug
          settings {
            sharePct
            setting {
              id
              name
            }
          }
          credentials {
            role
            credential {
              id
              name
              issuer {
                name
              }
            }
          }
          traits {
            id
            name
          }
          similarOccupations {
            slug
            title
          }
        }
      }
    }
  }
`;
const EXPECTED_ROUND_TRIPS = 2;

describe('batching', () => {
  const gql = useSeededGraphQL();

  it.each([50, 5])(
    'when a page of %i careers asks for settings, credentials, traits and similar careers, then it costs the same fixed number of queries',
    async (first) => {
      const { result, queries } = await recordQueries(gql.runner, () =>
        gql.run<{ careers: { edges: unknown[]; totalCount: number } }>(PAGE, { first }),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.careers.edges).toHaveLength(
        Math.min(first, result.data!.careers.totalCount),
      );
      expect(queries.map((q) => q.name).sort()).toEqual(
        ['api/careers-page', 'api/careers-with-relations'].sort(),
      );
      expect(queries).toHaveLength(EXPECTED_ROUND_TRIPS);
    },
  );

  it('when the whole seeded graph is one page, then every career is there and still 2 queries run', async () => {
    const { result, queries } = await recordQueries(gql.runner, () =>
      gql.run<{ careers: { edges: unknown[]; totalCount: number } }>(PAGE, { first: 100 }),
    );
    expect(result.data!.careers.edges).toHaveLength(result.data!.careers.totalCount);
    expect(queries).toHaveLength(EXPECTED_ROUND_TRIPS);
  });

  it('when one career is asked for with its settings, credentials and issuers, traits and sources, then one statement answers it', async () => {
    const { result, queries } = await recordQueries(gql.runner, () =>
      gql.run<{ career: { settings: unknown[]; traits: unknown[] } | null }>(
        /* GraphQL */ `
          query One($slug: ID!) {
            career(slug: $slug) {
              title
              settings {
                sharePct
                setting {
                  name
                }
              }
              credentials {
                role
                credential {
                  name
                  issuer {
                    name
                  }
                }
              }
              traits {
                name
              }
              sources {
                url
              }
            }
          }
        `,
        { slug: 'medical-records-specialists' },
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.career!.settings.length).toBeGreaterThan(0);
    expect(result.data!.career!.traits.length).toBeGreaterThan(0);
    expect(queries.map((q) => q.name)).toEqual(['api/careers-with-relations']);
  });
});

/**
 * Similar occupations nest: the look-ahead reads four levels of careers (the one asked for and
 * three levels of similar occupations, each with its own lists) in its one statement. Run
 * without the request limits, which refuse most selections this deep by cost.
 */
describe('nested look-ahead', () => {
  let db: TestDb;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    db = await createTestRunner();
    schema = await createSchema();
  });
  afterAll(async () => {
    await db.close();
  });

  /** `similarOccupations { slug traits { id } settings { setting { id } } … }`, `d` levels. */
  const level = (d: number): string =>
    d === 0
      ? ''
      : `similarOccupations { slug traits { id } settings { setting { id } } ${level(d - 1)} }`;

  /** The same tree, built from the per-list loaders alone. */
  async function fromLoaders(slug: string, d: number): Promise<Nested> {
    const loaders = createContext(db.runner).loaders;
    const build = async (s: string, depth: number): Promise<Nested> => {
      if (depth === 0) return { slug: s };
      const similar = await loaders.similarOccupations({ slug: s } as CareerRecord);
      return {
        slug: s,
        similarOccupations: await Promise.all(
          similar.map(async (m) => ({
            ...(await build(m.slug, depth - 1)),
            traits: (await loaders.listBySlug(CAREER_LISTS.traits, m.slug)).map((t) => ({
              id: t.id,
            })),
            settings: (await loaders.listBySlug(CAREER_LISTS.settings, m.slug)).map((st) => ({
              setting: { id: st.setting.id },
            })),
          })),
        ),
      };
    };
    return build(slug, d);
  }

  it.each([
    [1, 1],
    [2, 1],
    [3, 1],
    // The fourth level of similar occupations, and its lists, come from their loaders: one
    // statement per list, not per career.
    [4, 4],
  ])(
    'when similar occupations are nested %i levels deep with lists at each level, then the answer matches their loaders, in %i statements',
    async (depth, statements) => {
      const slug = 'medical-records-specialists';
      const { result, queries } = await recordQueries(db.runner, async () =>
        execute({
          schema,
          document: parse(`{ career(slug: ${JSON.stringify(slug)}) { slug ${level(depth)} } }`),
          contextValue: createContext(db.runner),
        }),
      );
      expect(result.errors).toBeUndefined();
      expect(queries[0]?.name).toBe('api/careers-with-relations');
      expect(queries).toHaveLength(statements);
      const answer = (result.data as { career: Nested }).career;
      expect(answer).toEqual(await fromLoaders(slug, depth));
      let deepest = answer.similarOccupations ?? [];
      for (let d = 1; d < depth; d++) deepest = deepest.flatMap((m) => m.similarOccupations ?? []);
      expect(deepest.length).toBeGreaterThan(0);
    },
  );
});

interface Nested {
  slug: string;
  traits?: Array<{ id: string }>;
  settings?: Array<{ setting: { id: string } }>;
  similarOccupations?: Nested[];
}
