import { useSeededGraphQL } from '../helpers/graphql';
import { recordQueries } from '../helpers/test-db';

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
