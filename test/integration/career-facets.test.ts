import { defaultLimits } from '../../src/config';
import type { TracedStatement } from '../../src/db/statement-trace';
import { startServer, type RunningServer } from '../../src/server';
import { LICENSURE } from '../../src/shared/vocabulary';
import { useSeededGraphQL, type GqlResult } from '../helpers/graphql';
import { byCodeUnit, educationRank, seeds } from '../helpers/seed-oracle';

/**
 * careerFacets against the seeded graph. The oracle is the API's own careers(filter:): every
 * count of a facet must equal the totalCount of the filter without that facet's fields, plus
 * that one choice; every choice not listed must leave no career. The filters' expected totals
 * are also derived from seeds/, so the two cannot agree on a wrong answer by accident.
 */

type Filter = Record<string, unknown>;
interface FacetCount {
  value: string;
  label: string;
  count: number;
}
type FacetName = 'licensure' | 'entryEducation' | 'settings' | 'traits' | 'credentials';
type Facets = { total: number } & Record<FacetName, FacetCount[]>;

const FACETS = /* GraphQL */ `
  query Facets($filter: CareerFilter) {
    careerFacets(filter: $filter) {
      total
      licensure {
        value
        label
        count
      }
      entryEducation {
        value
        label
        count
      }
      settings {
        value
        label
        count
      }
      traits {
        value
        label
        count
      }
      credentials {
        value
        label
        count
      }
    }
  }
`;

const TOTAL = /* GraphQL */ `
  query Total($filter: CareerFilter) {
    careers(filter: $filter, first: 0) {
      totalCount
    }
  }
`;

/** The filter a choice of a facet stands for: the facet's own fields replaced by that choice. */
function withChoice(filter: Filter, facet: FacetName, value: string): Filter {
  const without = (...fields: string[]): Filter =>
    Object.fromEntries(Object.entries(filter).filter(([k]) => !fields.includes(k)));
  switch (facet) {
    case 'licensure':
      return { ...without('licensure'), licensure: [value] };
    case 'entryEducation':
      return { ...without('entryEducation'), entryEducation: { atLeast: value, atMost: value } };
    case 'settings': {
      const min = (filter.worksIn as { minSharePct?: number } | undefined)?.minSharePct;
      return {
        ...without('worksIn'),
        worksIn: { any: [value], ...(min !== undefined && { minSharePct: min }) },
      };
    }
    case 'traits':
      return { ...without('traits'), traits: { all: [value] } };
    case 'credentials':
      return { ...without('credentials', 'hasCertification'), credentials: { any: [value] } };
  }
}

/** Every choice each facet could list, and its label, from seeds/ and the vocabulary. */
function candidates(): Record<FacetName, Map<string, string>> {
  const s = seeds();
  return {
    licensure: new Map(LICENSURE.values.map((v) => [v, LICENSURE.descriptions[v]])),
    entryEducation: new Map(s.educationLevels.map((l) => [l.code, l.name])),
    settings: new Map(s.settings.map((x) => [x.id, x.name])),
    traits: new Map(s.traits.map((x) => [x.id, x.name])),
    credentials: new Map(s.credentials.map((x) => [x.id, x.acronym ?? x.name])),
  };
}

const FACET_NAMES: FacetName[] = [
  'licensure',
  'entryEducation',
  'settings',
  'traits',
  'credentials',
];

/** Runs `work` over `items`, a few at a time (the in-process server shares one small Neo4j). */
async function inBatches<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += 8) {
    out.push(...(await Promise.all(items.slice(i, i + 8).map(work))));
  }
  return out;
}

describe('careerFacets(filter)', () => {
  const gql = useSeededGraphQL();

  async function facets(filter: Filter | null): Promise<Facets> {
    const { data, errors } = await gql.run<{ careerFacets: Facets }>(FACETS, { filter });
    expect(errors).toBeUndefined();
    return data!.careerFacets;
  }

  async function totalCount(filter: Filter | null): Promise<number> {
    const { data, errors } = await gql.run<{ careers: { totalCount: number } }>(TOTAL, { filter });
    expect(errors).toBeUndefined();
    return data!.careers.totalCount;
  }

  /** Each facet as careers(filter:) says it should be: every choice with a career, its count. */
  async function oracle(filter: Filter): Promise<Record<FacetName, Map<string, number>>> {
    const all = candidates();
    const out = {} as Record<FacetName, Map<string, number>>;
    for (const facet of FACET_NAMES) {
      const values = [...all[facet].keys()];
      const counts = await inBatches(values, (v) => totalCount(withChoice(filter, facet, v)));
      out[facet] = new Map(values.map((v, i) => [v, counts[i]!] as const).filter(([, c]) => c > 0));
    }
    return out;
  }

  const seedCareers = () => seeds().careers;
  const FILTERS: Array<[string, Filter, number]> = [
    ['no filter', {}, seedCareers().length],
    [
      'licensure NOT_REQUIRED',
      { licensure: ['NOT_REQUIRED'] },
      seedCareers().filter((c) => c.licensure.status === 'NOT_REQUIRED').length,
    ],
    [
      'entry education at most a postsecondary award',
      { entryEducation: { atMost: 'POSTSECONDARY_NONDEGREE_AWARD' } },
      seedCareers().filter((c) => educationRank(c) <= 2).length,
    ],
    [
      'works in hospitals or physicians’ offices with at least 20 % of jobs there',
      {
        worksIn: {
          any: ['hospitals', 'physicians-offices-and-private-practices'],
          minSharePct: 20,
        },
      },
      seedCareers().filter((c) =>
        ['hospitals', 'physicians-offices-and-private-practices'].some((id) => {
          const shares = c.settings.filter((s) => s.settingId === id && s.sharePct !== null);
          return shares.length > 0 && shares.reduce((t, s) => t + (s.sharePct ?? 0), 0) >= 20;
        }),
      ).length,
    ],
    [
      'every one of two traits',
      { traits: { all: ['detail-oriented', 'compassion'] } },
      seedCareers().filter(
        (c) =>
          c.traits.some((t) => t.traitId === 'detail-oriented') &&
          c.traits.some((t) => t.traitId === 'compassion'),
      ).length,
    ],
    [
      'any of two credentials',
      { credentials: { any: ['bls', 'rhit'] } },
      seedCareers().filter((c) =>
        c.credentials.some((x) => x.credentialId === 'bls' || x.credentialId === 'rhit'),
      ).length,
    ],
    [
      'the words "technician"',
      { text: 'technician' },
      // Full-text hits are the index's; the oracle for this one is careers(filter:) alone.
      -1,
    ],
    [
      'several facets at once, with pay and a nested or/not',
      {
        licensure: ['NOT_REQUIRED', 'VARIES_BY_STATE'],
        entryEducation: { atLeast: 'HIGH_SCHOOL_DIPLOMA', atMost: 'BACHELORS_DEGREE' },
        worksIn: { any: ['hospitals'] },
        hasCertification: true,
        medianPay: { min: 35000 },
        or: [
          { growthAboveNationalAverage: true },
          { not: { traits: { all: ['physical-stamina'] } } },
        ],
      },
      -1,
    ],
  ];

  it.each(FILTERS)(
    'when the filter is %s, then every facet count equals careers(filter:) with that choice instead of the facet’s own fields, and total its totalCount',
    async (_name, filter, fromSeeds) => {
      const got = await facets(filter);
      const total = await totalCount(filter);
      expect(got.total).toBe(total);
      if (fromSeeds >= 0) expect(total).toBe(fromSeeds);

      const want = await oracle(filter);
      const labels = candidates();
      for (const facet of FACET_NAMES) {
        const list = got[facet];
        expect([facet, new Map(list.map((c) => [c.value, c.count]))]).toEqual([facet, want[facet]]);
        for (const c of list)
          expect([facet, c.value, c.label]).toEqual([facet, c.value, labels[facet].get(c.value)]);
        const order =
          facet === 'entryEducation'
            ? [...list].sort(
                (a, b) =>
                  seeds().educationLevels.find((l) => l.code === a.value)!.rank -
                  seeds().educationLevels.find((l) => l.code === b.value)!.rank,
              )
            : [...list].sort(
                (a, b) =>
                  b.count - a.count ||
                  a.label.localeCompare(b.label, 'en') ||
                  byCodeUnit(a.value, b.value),
              );
        expect([facet, list.map((c) => c.value)]).toEqual([facet, order.map((c) => c.value)]);
      }
    },
  );

  it('when the filter chooses one licensure status, then the licensure facet still counts the others (disjunctive)', async () => {
    const got = await facets({ licensure: ['NOT_REQUIRED'] });
    const required = seedCareers().filter((c) => c.licensure.status === 'REQUIRED').length;
    expect(required).toBeGreaterThan(0);
    expect(got.licensure.find((c) => c.value === 'REQUIRED')?.count).toBe(required);
    expect(got.total).toBeLessThan(seedCareers().length);
  });

  it('when only some facets are selected, then those are counted as with all of them', async () => {
    const filter = { licensure: ['NOT_REQUIRED'] };
    const all = await facets(filter);
    const { data, errors } = await gql.run<{ careerFacets: Partial<Facets> }>(
      'query($f: CareerFilter) { careerFacets(filter: $f) { total settings { value count } } }',
      { f: filter },
    );
    expect(errors).toBeUndefined();
    expect(data!.careerFacets).toEqual({
      total: all.total,
      settings: all.settings.map(({ value, count }) => ({ value, count })),
    });
  });

  describe('bad filters are refused as careers(filter:) refuses them', () => {
    const LIMITS = defaultLimits();
    let deep: Filter = { licensure: ['NOT_REQUIRED'] };
    for (let i = 0; i < 10; i++) deep = { not: deep };
    const BAD: Array<[string, Filter]> = [
      ['worksIn without ids', { worksIn: { minSharePct: 10 } }],
      ['a share above 100', { worksIn: { any: ['hospitals'], minSharePct: 150 } }],
      ['an empty id list', { traits: { all: [] } }],
      ['min above max', { medianPay: { min: 90000, max: 10 } }],
      ['words with nothing searchable', { text: '   ' }],
      ['nesting past the limit', deep],
      [
        'a list past the limit',
        { credentials: { any: Array.from({ length: 101 }, (_, i) => `c${i}`) } },
      ],
      [
        'more conditions than MAX_FILTER_NODES',
        {
          or: Array.from({ length: LIMITS.maxFilterNodes }, () => ({
            licensure: ['NOT_REQUIRED'],
          })),
        },
      ],
      ['an overlong string', { text: 'n'.repeat(LIMITS.maxStringLength + 1) }],
    ];

    const refusal = (r: GqlResult) => ({
      data: r.data ?? null,
      errors: (r.errors ?? []).map((e) => ({ message: e.message, code: e.extensions?.code })),
    });

    it.each(BAD)('%s', async (_name, filter) => {
      const viaCareers = refusal(await gql.run(TOTAL, { filter }));
      const viaFacets = refusal(await gql.run(FACETS, { filter }));
      expect(viaCareers.errors).toHaveLength(1);
      expect(['BAD_USER_INPUT', 'FILTER_TOO_LARGE']).toContain(viaCareers.errors[0]!.code);
      expect(viaFacets.errors).toEqual(
        viaCareers.errors.map((e) => ({
          ...e,
          // Refusals before execution name the field they were checked on.
          message: e.message.replace(/^careers\b/, 'careerFacets'),
        })),
      );
      expect(viaFacets.data === null || viaFacets.data === undefined).toBe(true);
    });
  });
});

describe('careerFacets in the Cypher trace', () => {
  const gql = useSeededGraphQL();
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, runner: gql.runner });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('when a traced careerFacets runs, then it is one statement, and POST /cypher/plan builds it again from its filter, to the same text', async () => {
    const filter = { licensure: ['NOT_REQUIRED'], text: 'records' };
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cypher-trace': '1' },
      body: JSON.stringify({ query: FACETS, variables: { filter } }),
    });
    const body = (await res.json()) as {
      data: { careerFacets: Facets };
      extensions?: { cypherTrace?: TracedStatement[] };
    };
    const trace = body.extensions?.cypherTrace ?? [];
    expect(trace.map((t) => t.name)).toEqual(['api/career-facets']);
    const [entry] = trace;
    expect(entry?.arguments).toEqual({ filter });
    const plan = await fetch(`${server.url}/cypher/plan`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'api/career-facets', arguments: entry?.arguments }),
    });
    const answer = (await plan.json()) as { query: string; plan: { rows: number } };
    expect(plan.status).toBe(200);
    expect(answer.query).toBe(entry?.query);
    expect(answer.plan.rows).toBe(1);
  });
});
