import { useSeededGraphQL } from '../helpers/graphql';
import { educationRank, seeds, shareIn } from '../helpers/seed-oracle';
import type { CareerSeed } from '../../src/seed/seed.schema';

/**
 * CareerFilter against the seeded graph. Expected answers are computed from seeds/ (the oracle)
 * and a few are pinned to the OOH pages' values.
 */
interface Page {
  careers: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { slug: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const SLUGS = /* GraphQL */ `
  query Filtered($filter: CareerFilter, $sort: [CareerSort!], $first: Int, $after: String) {
    careers(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          slug
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

describe('careers(filter)', () => {
  const gql = useSeededGraphQL();

  async function slugs(filter: unknown, sort?: unknown): Promise<string[]> {
    const { data, errors } = await gql.run<Page>(SLUGS, { filter, sort, first: 100 });
    expect(errors).toBeUndefined();
    expect(data!.careers.totalCount).toBe(data!.careers.edges.length);
    return data!.careers.edges.map((e) => e.node.slug);
  }
  const expected = (pred: (c: CareerSeed) => boolean): string[] =>
    seeds()
      .careers.filter(pred)
      .map((c) => c.slug)
      .sort();

  it('when filtering by licensure NOT_REQUIRED, then exactly the unlicensed careers come back', async () => {
    const got = await slugs({ licensure: ['NOT_REQUIRED'] });
    expect(got.sort()).toEqual(expected((c) => c.licensure.status === 'NOT_REQUIRED'));
    expect(got).toContain('medical-records-specialists');
    expect(got).not.toContain('registered-nurses');
  });

  it('when asking what starts with a postsecondary certificate, then careers at or below that level come back', async () => {
    const got = await slugs({ entryEducation: { atMost: 'POSTSECONDARY_NONDEGREE_AWARD' } });
    expect(got.sort()).toEqual(expected((c) => educationRank(c) <= 2));
    expect(got).toEqual(
      expect.arrayContaining(['medical-records-specialists', 'medical-assistants']),
    );
    expect(got).not.toContain('registered-nurses');
  });

  it("when asking for at most an associate's degree in hospitals sorted by pay, then the order is the seeds' pay order", async () => {
    const got = await slugs(
      { entryEducation: { atMost: 'ASSOCIATES_DEGREE' }, worksIn: { any: ['hospitals'] } },
      [{ field: 'MEDIAN_PAY', direction: 'DESC' }],
    );
    const want = seeds()
      .careers.filter(
        (c) => educationRank(c) <= 4 && c.settings.some((s) => s.settingId === 'hospitals'),
      )
      .sort(
        (a, b) =>
          (b.pay?.medianAnnual ?? -Infinity) - (a.pay?.medianAnnual ?? -Infinity) ||
          a.slug.localeCompare(b.slug),
      )
      .map((c) => c.slug);
    expect(got).toEqual(want);
    expect(got.length).toBeGreaterThan(5);
  });

  it("when entryEducation.atLeast is a master's degree, then only master's and doctoral careers come back", async () => {
    const got = await slugs({ entryEducation: { atLeast: 'MASTERS_DEGREE' } });
    expect(got.sort()).toEqual(expected((c) => educationRank(c) >= 6));
    expect(got).toContain('physicians-and-surgeons');
  });

  it('when worksIn.all with minSharePct, then every named setting holds at least that share', async () => {
    const got = await slugs({
      worksIn: { all: ['hospitals', 'physicians-offices-and-private-practices'], minSharePct: 10 },
    });
    expect(got.sort()).toEqual(
      expected(
        (c) =>
          (shareIn(c, 'hospitals') ?? -1) >= 10 &&
          (shareIn(c, 'physicians-offices-and-private-practices') ?? -1) >= 10,
      ),
    );
    expect(got).toContain('medical-records-specialists');
  });

  it('when asking who works in nursing care facilities, then the career review puts medical records specialists there', async () => {
    const got = await slugs({ worksIn: { any: ['nursing-and-residential-care-facilities'] } });
    expect(got.sort()).toEqual(
      expected((c) =>
        c.settings.some((s) => s.settingId === 'nursing-and-residential-care-facilities'),
      ),
    );
    expect(got).toEqual(
      expect.arrayContaining(['medical-records-specialists', 'nursing-assistants']),
    );
  });

  it('when traits.all and traits.none are given, then both hold', async () => {
    const got = await slugs({ traits: { all: ['detail-oriented'], none: ['physical-stamina'] } });
    expect(got.sort()).toEqual(
      expected(
        (c) =>
          c.traits.some((t) => t.traitId === 'detail-oriented') &&
          !c.traits.some((t) => t.traitId === 'physical-stamina'),
      ),
    );
    expect(got.length).toBeGreaterThan(0);
  });

  it('when credentials.any names RHIT, then the careers linked to it come back', async () => {
    const got = await slugs({ credentials: { any: ['rhit'] } });
    expect(got.sort()).toEqual(
      expected((c) => c.credentials.some((x) => x.credentialId === 'rhit')),
    );
    expect(got).toContain('medical-records-specialists');
  });

  it('when hasCertification is false, then no returned career is linked to a certification', async () => {
    const certs = new Set(
      seeds()
        .credentials.filter((c) => c.kind === 'CERTIFICATION')
        .map((c) => c.id),
    );
    const got = await slugs({ hasCertification: false });
    expect(got.sort()).toEqual(
      expected((c) => !c.credentials.some((x) => certs.has(x.credentialId))),
    );
    const withCerts = await slugs({ hasCertification: true });
    expect(got.length + withCerts.length).toBe(seeds().careers.length);
  });

  it('when medianPay has a min, then a top-coded physicians pay matches it; with a max it never does', async () => {
    expect(await slugs({ medianPay: { min: 200000 } })).toEqual(
      expect.arrayContaining(['physicians-and-surgeons']),
    );
    const capped = await slugs({ medianPay: { max: 1000000 } });
    expect(capped).not.toContain('physicians-and-surgeons');
    expect(capped.sort()).toEqual(
      expected((c) => c.pay?.medianAnnual != null && !c.pay.isLowerBound),
    );
  });

  it('when projectedGrowthPct is a range, then only careers inside it come back', async () => {
    const got = await slugs({ projectedGrowthPct: { min: 10, max: 20 } });
    expect(got.sort()).toEqual(
      expected(
        (c) =>
          c.outlook?.growthPct != null && c.outlook.growthPct >= 10 && c.outlook.growthPct <= 20,
      ),
    );
  });

  it('when growthAboveNationalAverage is true, then every career grows faster than 3 %', async () => {
    const got = await slugs({ growthAboveNationalAverage: true });
    expect(got.sort()).toEqual(expected((c) => (c.outlook?.growthPct ?? -Infinity) > 3));
    expect(got).toContain('medical-records-specialists');
    expect(got).not.toContain('physicians-and-surgeons');
  });

  it('when text is given, then the full-text match finds careers by title words and prefixes', async () => {
    expect(await slugs({ text: 'medical records' })).toContain('medical-records-specialists');
    const nurses = await slugs({ text: 'nurs' });
    expect(nurses).toEqual(expect.arrayContaining(['registered-nurses', 'nurse-practitioners']));
  });

  it('when text holds Lucene syntax, then it is taken literally and never errors', async () => {
    const { errors } = await gql.run<Page>(SLUGS, {
      filter: { text: 'nurse AND (title:"x" OR ~2^' },
    });
    expect(errors).toBeUndefined();
  });

  it('when or / not combine filters, then the boolean logic holds', async () => {
    const got = await slugs({
      or: [{ licensure: ['NOT_REQUIRED'] }, { medianPay: { min: 150000 } }],
      not: { entryEducation: { atMost: 'HIGH_SCHOOL_DIPLOMA' } },
    });
    expect(got.sort()).toEqual(
      expected(
        (c) =>
          (c.licensure.status === 'NOT_REQUIRED' || (c.pay?.medianAnnual ?? 0) >= 150000) &&
          educationRank(c) > 1,
      ),
    );
  });

  it('when worksIn.any names settings a career reaches through several OOH categories, then the career comes once', async () => {
    // The page starts from the settings (see chooseAnchor): a career with two edges into one
    // setting, or edges into both named settings, must still be one row and count once.
    const repeated = seeds().careers.find((c) =>
      c.settings.some((s, i) => c.settings.findIndex((t) => t.settingId === s.settingId) !== i),
    );
    expect(repeated).toBeDefined();
    const setting = repeated!.settings.find(
      (s, i) => repeated!.settings.findIndex((t) => t.settingId === s.settingId) !== i,
    )!.settingId;
    const named = [setting, 'hospitals'];
    const got = await slugs({ worksIn: { any: named } });
    expect(new Set(got).size).toBe(got.length);
    expect(got).toContain(repeated!.slug);
    expect(got.sort()).toEqual(
      expected((c) => c.settings.some((s) => named.includes(s.settingId))),
    );
  });

  it('when credentials.any, worksIn and text all hold, then the answer is their intersection', async () => {
    const filter = {
      credentials: { any: ['rhit', 'rhia'] },
      worksIn: { any: ['hospitals', 'government'] },
      text: 'health',
    };
    const got = await slugs(filter);
    const byText = new Set(await slugs({ text: 'health' }));
    expect(got.sort()).toEqual(
      expected(
        (c) =>
          c.credentials.some((x) => ['rhit', 'rhia'].includes(x.credentialId)) &&
          c.settings.some((s) => ['hospitals', 'government'].includes(s.settingId)) &&
          byText.has(c.slug),
      ),
    );
    expect(got.length).toBeGreaterThan(0);
  });

  it('when worksIn.any or credentials.any is an empty list, then a BAD_USER_INPUT error names it', async () => {
    for (const [filter, field] of [
      [{ worksIn: { any: [] } }, 'worksIn.any'],
      [{ credentials: { any: [] } }, 'credentials.any'],
    ] as const) {
      const { errors } = await gql.run(SLUGS, { filter });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toContain(`${field}: give at least one id`);
    }
  });

  it('when an unknown setting id is given, then no career matches and nothing fails', async () => {
    expect(await slugs({ worksIn: { any: ['moon-base'] } })).toEqual([]);
  });

  it('when worksIn names no ids, then a BAD_USER_INPUT error explains it', async () => {
    const { errors } = await gql.run(SLUGS, { filter: { worksIn: { minSharePct: 10 } } });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/worksIn needs `any` or `all`/);
  });
});
