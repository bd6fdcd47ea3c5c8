import 'reflect-metadata';
import {
  getArgumentValues,
  parse,
  validate,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { createSchema } from '../../src/api/schema';
import { buildCareersPage } from '../../src/api/career/careers-page/careers-page';
import { encodeCursor } from '../../src/api/career/careers-page/cursor';
import { CareerSortField, SortDirection } from '../../src/api/career/career.inputs';

/**
 * Golden tests in the manner of neo4j/graphql's TCK: a `careers` query goes in through the real
 * schema's argument coercion, and the exact Cypher and parameters that would be sent come out.
 */

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

const PROPS = ['slug', 'title'];

function translate(query: string): { cypher: string; params: Record<string, unknown> } {
  const document = parse(query);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'));
  const operation = document.definitions[0] as OperationDefinitionNode;
  const field = operation.selectionSet.selections[0] as FieldNode;
  const careers = schema.getQueryType()!.getFields().careers!;
  const { query: q, params } = buildCareersPage(getArgumentValues(careers, field), PROPS);
  // The projected properties are one list parameter, whatever the filter (checked once here).
  const { props, ...rest } = params;
  expect(props).toEqual(PROPS);
  return { cypher: q.text, params: rest };
}

const DEFAULT_ORDER = `WITH n, [toLower(n.title), n.slug] AS sortKey
ORDER BY sortKey[0] ASC, sortKey[1] ASC
WITH collect({node: n, sortKey: sortKey}) AS rows
RETURN size(rows) AS totalCount, [p IN [r IN rows][0..toInteger($limit)] | {item: [k IN $props | p.node[k]], sortKey: p.sortKey}] AS page`;

describe('careers query, GraphQL in, Cypher out', () => {
  it('when filtering by licensure, then the statuses are one list parameter', () => {
    const { cypher, params } = translate(
      '{ careers(filter: { licensure: [NOT_REQUIRED] }, first: 50) { totalCount } }',
    );
    expect(cypher).toBe(`MATCH (n:Career)
WHERE n.licensure IN $param0
${DEFAULT_ORDER}`);
    expect(params).toEqual({ param0: ['NOT_REQUIRED'], limit: 51 });
  });

  it("when asking for entry education at most a level, sorted by pay, then the career's level is compared by rank (the vocabulary's order)", () => {
    const { cypher, params } = translate(`{
      careers(
        filter: { entryEducation: { atMost: POSTSECONDARY_NONDEGREE_AWARD } }
        sort: [{ field: MEDIAN_PAY, direction: DESC }]
        first: 50
      ) { totalCount }
    }`);
    expect(cypher).toBe(`MATCH (n:Career)
WHERE EXISTS {
  MATCH (n)-[:ENTRY_EDUCATION]->(this0:EducationLevel)
  WHERE this0.rank <= $param0
}
WITH n, [coalesce(toFloat(n.medianPayAnnual), -1e+300), n.slug] AS sortKey
ORDER BY sortKey[0] DESC, sortKey[1] ASC
WITH collect({node: n, sortKey: sortKey}) AS rows
RETURN size(rows) AS totalCount, [p IN [r IN rows][0..toInteger($limit)] | {item: [k IN $props | p.node[k]], sortKey: p.sortKey}] AS page`);
    expect(params).toEqual({ param0: 2, limit: 51 });
  });

  it('when asking for work settings with a minimum share, then the shares per setting are summed', () => {
    const { cypher, params } = translate(`{
      careers(filter: { worksIn: { any: ["hospitals", "offices-of-physicians"], minSharePct: 20 } }) {
        totalCount
      }
    }`);
    expect(cypher).toBe(`MATCH (n:Career)
WHERE any(var3 IN $param1 WHERE (reduce(var0 = 0, var1 IN [(n)-[this2:WORKS_IN]->(:Setting { id: var3 }) WHERE this2.sharePct IS NOT NULL | this2.sharePct] | (var0 + var1)) >= $param0 AND EXISTS {
  MATCH (n)-[this4:WORKS_IN]->(:Setting { id: var3 })
  WHERE this4.sharePct IS NOT NULL
}))
${DEFAULT_ORDER}`);
    expect(params).toEqual({
      param0: 20,
      param1: ['hospitals', 'offices-of-physicians'],
      limit: 21,
    });
  });

  it('when and, or and not nest, then they become one predicate tree', () => {
    const { cypher, params } = translate(`{
      careers(filter: {
        or: [
          { licensure: [NOT_REQUIRED] }
          { and: [{ hasCertification: true }, { not: { medianPay: { max: 50000 } } }] }
        ]
      }) { totalCount }
    }`);
    expect(cypher).toBe(`MATCH (n:Career)
WHERE (n.licensure IN $param0 OR (EXISTS {
  (n)-[:HAS_CREDENTIAL]->(:Credential { kind: 'CERTIFICATION' })
} AND NOT (n.medianPayAnnual <= $param1 AND coalesce(n.medianPayIsLowerBound, false) = false)))
${DEFAULT_ORDER}`);
    expect(params).toEqual({ param0: ['NOT_REQUIRED'], param1: 50000, limit: 21 });
  });

  it('when filtering by text, then the full-text look-up runs once, before the careers are matched', () => {
    const { cypher, params } = translate(`{
      careers(filter: { text: "Medical records", traits: { all: ["detail-oriented"] } }) {
        totalCount
      }
    }`);
    expect(cypher).toBe(`WITH COLLECT {
  CALL db.index.fulltext.queryNodes('career_text', $param0) YIELD node AS var0
  RETURN var0
} AS var1
MATCH (n:Career)
WHERE (all(var2 IN $param1 WHERE EXISTS {
  (n)-[:HAS_TRAIT]->(:Trait { id: var2 })
}) AND n IN var1)
${DEFAULT_ORDER}`);
    expect(params).toEqual({
      param0: '+(medical OR medical*) +(records OR records*)',
      param1: ['detail-oriented'],
      limit: 21,
    });
  });

  it('when every match must work in one of some settings, then the MATCH starts from those settings', () => {
    const { cypher, params } = translate(`{
      careers(filter: {
        worksIn: { any: ["hospitals", "government"] }
        growthAboveNationalAverage: true
      }) { totalCount }
    }`);
    expect(cypher).toBe(`MATCH (n:Career)-[:WORKS_IN]->(this0:Setting)
WHERE this0.id IN $param0
WITH DISTINCT n
WHERE n.projectedGrowthPct > $param1
${DEFAULT_ORDER}`);
    expect(params).toEqual({ param0: ['hospitals', 'government'], param1: 3, limit: 21 });
  });

  it('when credentials.any and worksIn.any are both required, then the credentials anchor and the settings stay a test', () => {
    const { cypher, params } = translate(`{
      careers(filter: {
        credentials: { any: ["rhit"], none: ["rhia"] }
        worksIn: { any: ["hospitals"], all: ["government"] }
        text: "records"
      }) { totalCount }
    }`);
    expect(cypher).toBe(`WITH COLLECT {
  CALL db.index.fulltext.queryNodes('career_text', $param0) YIELD node AS var0
  RETURN var0
} AS var1
MATCH (n:Career)-[:HAS_CREDENTIAL]->(this2:Credential)
WHERE this2.id IN $param1
WITH DISTINCT n, var1
WHERE (EXISTS {
  MATCH (n)-[:WORKS_IN]->(this3:Setting)
  WHERE this3.id IN $param2
} AND all(var4 IN $param3 WHERE EXISTS {
  (n)-[:WORKS_IN]->(:Setting { id: var4 })
}) AND NOT (EXISTS {
  MATCH (n)-[:HAS_CREDENTIAL]->(this5:Credential)
  WHERE this5.id IN $param4
}) AND n IN var1)
${DEFAULT_ORDER}`);
    expect(params).toEqual({
      param0: '+(records OR records*)',
      param1: ['rhit'],
      param2: ['hospitals'],
      param3: ['government'],
      param4: ['rhia'],
      limit: 21,
    });
  });

  it('when a link is required only under or, not, or with a minimum share, then every career is scanned', () => {
    for (const filter of [
      '{ or: [{ worksIn: { any: ["hospitals"] } }, { licensure: [NOT_REQUIRED] }] }',
      '{ not: { credentials: { any: ["rhit"] } } }',
      '{ worksIn: { any: ["hospitals"], minSharePct: 10 } }',
    ]) {
      const { cypher } = translate(`{ careers(filter: ${filter}) { totalCount } }`);
      expect(cypher.startsWith('MATCH (n:Career)\nWHERE ')).toBe(true);
    }
  });

  it('when continuing after a cursor, then only rows past its sort key are kept', () => {
    const after = encodeCursor(
      [{ field: CareerSortField.JOBS, direction: SortDirection.DESC }],
      [187600, 'medical-assistants'],
    );
    const { cypher, params } = translate(`{
      careers(sort: [{ field: JOBS, direction: DESC }], first: 10, after: "${after}") { totalCount }
    }`);
    expect(cypher).toBe(`MATCH (n:Career)
WITH n, [coalesce(toFloat(n.jobs2024), -1e+300), n.slug] AS sortKey
ORDER BY sortKey[0] DESC, sortKey[1] ASC
WITH collect({node: n, sortKey: sortKey}) AS rows
RETURN size(rows) AS totalCount, [p IN [r IN rows WHERE (r.sortKey[0] < $after[0] OR (r.sortKey[0] = $after[0] AND r.sortKey[1] > $after[1]))][0..toInteger($limit)] | {item: [k IN $props | p.node[k]], sortKey: p.sortKey}] AS page`);
    expect(params).toEqual({ after: [187600, 'medical-assistants'], limit: 11 });
  });
});

describe('careers filter compiler size', () => {
  /** `groups` × 100 conditions of every kind, in or-lists under and, with not and text mixed in. */
  function filterOf(groups: number): Record<string, unknown> {
    const condition = (i: number): Record<string, unknown> => {
      switch (i % 5) {
        case 0:
          return { licensure: ['REQUIRED'] };
        case 1:
          return { not: { medianPay: { min: i, max: i + 1000 } } };
        case 2:
          return { worksIn: { all: [`setting-${i}`], minSharePct: 10 } };
        case 3:
          return { text: `word${i}` };
        default:
          return { traits: { none: [`trait-${i}`] } };
      }
    };
    return {
      and: Array.from({ length: groups }, (_, g) => ({
        or: Array.from({ length: 100 }, (_, i) => condition(g * 100 + i)),
      })),
    };
  }

  it('when a filter doubles from 1,000 to 2,000 conditions, then its Cypher about doubles, not quadruples', () => {
    const size = (groups: number): number =>
      buildCareersPage({ filter: filterOf(groups) }).query.text.length;
    const thousand = size(10);
    const twoThousand = size(20);
    expect(twoThousand).toBeLessThan(2.5 * thousand);
    expect(twoThousand).toBeGreaterThan(1.5 * thousand);
  });
});
