import { useSeededGraphQL } from '../helpers/graphql';
import { seeds } from '../helpers/seed-oracle';

interface Page {
  careers: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { slug: string; jobs2024: number | null } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const PAGE = /* GraphQL */ `
  query Page($sort: [CareerSort!], $first: Int, $after: String, $filter: CareerFilter) {
    careers(sort: $sort, first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          slug
          jobs2024
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

describe('sorting and cursor pagination', () => {
  const gql = useSeededGraphQL();

  async function walk(sort: unknown, size: number): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const { data, errors }: { data?: Page | null; errors?: unknown } = await gql.run<Page>(PAGE, {
        sort,
        first: size,
        after,
      });
      expect(errors).toBeUndefined();
      seen.push(...data!.careers.edges.map((e) => e.node.slug));
      if (!data!.careers.pageInfo.hasNextPage) return seen;
      after = data!.careers.pageInfo.endCursor;
    }
    throw new Error('pagination did not end');
  }

  it('when paging by 7 sorted by jobs descending, then the pages join into the full sorted list', async () => {
    const sort = [{ field: 'JOBS', direction: 'DESC' }];
    const paged = await walk(sort, 7);
    const want = [...seeds().careers]
      .sort(
        (a, b) =>
          (b.outlook?.jobs2024 ?? -Infinity) - (a.outlook?.jobs2024 ?? -Infinity) ||
          a.slug.localeCompare(b.slug),
      )
      .map((c) => c.slug);
    expect(paged).toEqual(want);
    expect(paged[0]).toBe('home-health-and-personal-care-aides');
  });

  it('when sorted by title (the default), then titles ascend case-insensitively', async () => {
    const paged = await walk(undefined, 25);
    const want = [...seeds().careers]
      .sort(
        (a, b) =>
          a.title.toLowerCase().localeCompare(b.title.toLowerCase()) ||
          a.slug.localeCompare(b.slug),
      )
      .map((c) => c.slug);
    expect(paged).toEqual(want);
  });

  it('when two sort keys are given, then the second breaks ties of the first', async () => {
    const paged = await walk(
      [
        { field: 'PROJECTED_GROWTH', direction: 'ASC' },
        { field: 'MEDIAN_PAY', direction: 'DESC' },
      ],
      9,
    );
    const want = [...seeds().careers]
      .sort(
        (a, b) =>
          (a.outlook?.growthPct ?? Infinity) - (b.outlook?.growthPct ?? Infinity) ||
          (b.pay?.medianAnnual ?? -Infinity) - (a.pay?.medianAnnual ?? -Infinity) ||
          a.slug.localeCompare(b.slug),
      )
      .map((c) => c.slug);
    expect(paged).toEqual(want);
  });

  it('when the same cursor is used twice, then the same next page comes back', async () => {
    const first = await gql.run<Page>(PAGE, { first: 5 });
    const cursor = first.data!.careers.pageInfo.endCursor;
    const a = await gql.run<Page>(PAGE, { first: 5, after: cursor });
    const b = await gql.run<Page>(PAGE, { first: 5, after: cursor });
    expect(a.data).toEqual(b.data);
    expect(a.data!.careers.edges[0]!.node.slug).not.toBe(first.data!.careers.edges[4]!.node.slug);
  });

  it('when first is omitted, then 20 careers come back; above 100 a clear error', async () => {
    const { data } = await gql.run<Page>(PAGE, {});
    expect(data!.careers.edges).toHaveLength(20);
    expect(data!.careers.totalCount).toBe(seeds().careers.length);
    const { errors } = await gql.run<Page>(PAGE, { first: 500 });
    expect(errors?.[0]?.message).toBe('first must be between 0 and 100 (got 500)');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('when a cursor from another sort or a forged cursor is used, then a BAD_USER_INPUT error says so', async () => {
    const page = await gql.run<Page>(PAGE, { first: 2 });
    const other = await gql.run<Page>(PAGE, {
      first: 2,
      after: page.data!.careers.pageInfo.endCursor,
      sort: [{ field: 'JOBS', direction: 'DESC' }],
    });
    expect(other.errors?.[0]?.message).toMatch(/different sort order/);
    const forged = await gql.run<Page>(PAGE, { first: 2, after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors?.[0]?.message).toMatch(/not a cursor/);
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('when first is 0, then only the count comes back', async () => {
    const { data } = await gql.run<Page>(PAGE, { first: 0 });
    expect(data!.careers.edges).toEqual([]);
    expect(data!.careers.totalCount).toBe(seeds().careers.length);
    expect(data!.careers.pageInfo.hasNextPage).toBe(true);
  });
});
