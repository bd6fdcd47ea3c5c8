import { useSeededGraphQL } from '../helpers/graphql';
import { recordQueries } from '../helpers/test-db';

/**
 * The performance contract: related data loads through per-request DataLoaders, so a page costs
 * a fixed number of Cypher round trips whatever its size: 1 for the page, plus 1 per related
 * field (settings, credentials, traits, similar occupations, credential issuers) = 6.
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
const EXPECTED_ROUND_TRIPS = 6;

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
        [
          'api/careers-page',
          'api/career-settings',
          'api/career-credentials',
          'api/career-traits',
          'api/career-similar',
          'api/credential-issuers',
        ].sort(),
      );
      expect(queries).toHaveLength(EXPECTED_ROUND_TRIPS);
    },
  );

  it('when the whole seeded graph is one page, then every career is there and still 6 queries run', async () => {
    const { result, queries } = await recordQueries(gql.runner, () =>
      gql.run<{ careers: { edges: unknown[]; totalCount: number } }>(PAGE, { first: 100 }),
    );
    expect(result.data!.careers.edges).toHaveLength(result.data!.careers.totalCount);
    expect(queries).toHaveLength(EXPECTED_ROUND_TRIPS);
  });
});
