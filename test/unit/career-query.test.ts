import Cypher from '@neo4j/cypher-builder';
import { buildCareersPage, checkPageSize } from '../../src/api/career/careers-page/careers-page';
import { decodeCursor, encodeCursor } from '../../src/api/career/careers-page/cursor';
import { sortKeys } from '../../src/api/career/careers-page/sort-keys';
import { toLuceneQuery } from '../../src/api/shared/lucene';
import { CareerSortField, SortDirection } from '../../src/api/career/career.inputs';
import { LicensureRequirement } from '../../src/common/enums';
import { SHAPE_LIMITS } from '../../src/config';

describe('toLuceneQuery', () => {
  it('escapes every Lucene operator so user text can never be a syntax error', () => {
    const q = toLuceneQuery('nurse AND (x:y) OR "z"~2 [a TO b] ^ \\ /', 'ANY');
    expect(q).not.toBeNull();
    // Bare operators and field syntax are gone or escaped: no unescaped special characters remain.
    expect(q!.replace(/\\./g, '')).not.toMatch(/[+&|!{}[\]^"~?:\\/]/);
  });

  it('requires every word in ALL mode and matches words as prefixes', () => {
    expect(toLuceneQuery('Medical  records', 'ALL')).toBe(
      '+(medical OR medical*) +(records OR records*)',
    );
  });

  it('returns null when nothing searchable is left', () => {
    expect(toLuceneQuery('  ** ?? ', 'ANY')).toBeNull();
  });
});

describe('sortKeys', () => {
  /** Each key's Cypher, as it appears in the query. */
  const keyTexts = (sort: Parameters<typeof sortKeys>[1]): string[] =>
    sortKeys(new Cypher.NamedNode('n'), sort).map((k) =>
      new Cypher.Return(k.expr).build().cypher.replace(/^RETURN /, ''),
    );

  it('defaults to title and always ends with slug so the order is total', () => {
    expect(keyTexts(undefined)).toEqual(['toLower(n.title)', 'n.slug']);
  });

  it('puts unknown figures last in both directions', () => {
    const [desc] = keyTexts([{ field: CareerSortField.MEDIAN_PAY, direction: SortDirection.DESC }]);
    const [asc] = keyTexts([{ field: CareerSortField.MEDIAN_PAY, direction: SortDirection.ASC }]);
    expect(desc).toContain('-1e+300');
    expect(asc).toContain(', 1e+300');
  });
});

describe('cursors', () => {
  const sort = [{ field: CareerSortField.MEDIAN_PAY, direction: SortDirection.DESC }];

  it('round-trip the sort key', () => {
    const cursor = encodeCursor(sort, [50250, 'medical-records-specialists']);
    expect(decodeCursor(cursor, sort, 2)).toEqual([50250, 'medical-records-specialists']);
  });

  it('refuse a cursor made for another sort order', () => {
    const cursor = encodeCursor(sort, [50250, 'x']);
    expect(() => decodeCursor(cursor, undefined, 2)).toThrow(/different sort order/);
  });

  it('refuse garbage with a clear error', () => {
    expect(() => decodeCursor('not-a-cursor', sort, 2)).toThrow(/not a cursor/);
  });
});

describe('checkPageSize', () => {
  it('defaults to 20 and caps at 100 with a clear error', () => {
    expect(checkPageSize(undefined)).toBe(20);
    expect(checkPageSize(100)).toBe(100);
    expect(() => checkPageSize(101)).toThrow(/between 0 and 100/);
    expect(() => checkPageSize(-1)).toThrow(/between 0 and 100/);
  });
});

describe('buildCareersPage', () => {
  it('passes every user value as a parameter, never as query text', () => {
    const evil = "x' }) DETACH DELETE n //";
    const { query, params } = buildCareersPage({
      filter: {
        worksIn: { any: [evil] },
        traits: { none: [evil] },
        or: [{ text: evil }, { licensure: [LicensureRequirement.NOT_REQUIRED] }],
      },
    });
    expect(query.text).not.toContain(evil);
    expect(query.text).not.toContain('DETACH');
    expect(Object.values(params)).toContainEqual([evil]);
  });

  it('rejects an unknown enum value that bypassed GraphQL', () => {
    expect(() =>
      buildCareersPage({ filter: { licensure: ['DROP' as LicensureRequirement] } }),
    ).toThrow(/unknown value "DROP"/);
  });

  it('rejects a min above max', () => {
    expect(() => buildCareersPage({ filter: { medianPay: { min: 10, max: 5 } } })).toThrow(
      /min \(10\) is above max \(5\)/,
    );
  });

  it('limits nesting depth', () => {
    let filter = {};
    for (let i = 0; i < 12; i++) filter = { not: filter };
    expect(() => buildCareersPage({ filter })).toThrow(/nest at most/);
  });

  it('when a filter, a filter list or a sort reaches its SHAPE_LIMITS bound it is built, and one more is refused naming the bound', () => {
    const nested = (depth: number): object => {
      let filter = {};
      for (let i = 0; i < depth; i++) filter = { not: filter };
      return filter;
    };
    expect(() => buildCareersPage({ filter: nested(SHAPE_LIMITS.maxFilterDepth) })).not.toThrow();
    expect(() => buildCareersPage({ filter: nested(SHAPE_LIMITS.maxFilterDepth + 1) })).toThrow(
      `filters nest at most ${SHAPE_LIMITS.maxFilterDepth} deep`,
    );
    const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `credential-${i}`);
    expect(() =>
      buildCareersPage({ filter: { credentials: { any: ids(SHAPE_LIMITS.maxFilterList) } } }),
    ).not.toThrow();
    expect(() =>
      buildCareersPage({ filter: { credentials: { any: ids(SHAPE_LIMITS.maxFilterList + 1) } } }),
    ).toThrow(`at most ${SHAPE_LIMITS.maxFilterList} entries`);
    const sort = (n: number) =>
      Array.from({ length: n }, () => ({
        field: CareerSortField.JOBS,
        direction: SortDirection.DESC,
      }));
    const career = new Cypher.Node();
    expect(() => sortKeys(career, sort(SHAPE_LIMITS.maxSortKeys))).not.toThrow();
    expect(() => sortKeys(career, sort(SHAPE_LIMITS.maxSortKeys + 1))).toThrow(
      `sort: at most ${SHAPE_LIMITS.maxSortKeys} keys`,
    );
  });

  it('asks the database for one row more than the page size', () => {
    expect(buildCareersPage({ first: 5 }).params.limit).toBe(6);
  });
});
