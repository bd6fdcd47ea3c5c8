import { traceScript } from '../../src/cli/from-graphql';
import { cypherLiteral } from '../../src/shared/cypher-script';

describe('the --from-graphql script', () => {
  it('when parameters are written as Cypher, then strings are quoted and escaped, maps keep plain keys bare', () => {
    expect(cypherLiteral('O\'Neil "quoted"\n')).toBe('"O\'Neil \\"quoted\\"\\n"');
    expect(cypherLiteral([1, 2.5, true, null])).toBe('[1, 2.5, true, null]');
    expect(cypherLiteral({ slug: 'x', 'odd key': 1, 'back`tick': [] })).toBe(
      '{slug: "x", `odd key`: 1, `back``tick`: []}',
    );
    expect(() => cypherLiteral(Number.NaN)).toThrow(/cannot write NaN/);
  });

  it('when statements are printed, then each has its header, its :param lines and its text ending in ;', () => {
    const script = traceScript([
      {
        name: 'api/careers-by-slug',
        query: 'UNWIND $keys AS key RETURN key',
        parameters: { keys: ['a', 'b'] },
        rows: 2,
        ms: { database: 1, firstRow: 1, total: 2 },
        keys: 2,
        path: ['career', 'x.career'],
      },
      {
        name: 'api/search',
        query: 'RETURN $query AS q',
        parameters: { query: 'nurse' },
        rows: 1,
        ms: { database: null, firstRow: null, total: 1 },
        keys: null,
        path: [],
      },
    ]);
    expect(script).toBe(
      [
        '// 1. api/careers-by-slug: for career, x.career, a batch of 2 keys, 2 rows',
        ':param keys => ["a", "b"]',
        'UNWIND $keys AS key RETURN key;',
        '',
        '// 2. api/search: for (the operation), 1 row',
        ':param query => "nurse"',
        'RETURN $query AS q;',
        '',
      ].join('\n'),
    );
  });
});
