import neo4j from 'neo4j-driver';
import { toNative } from '../../src/db/to-native';

describe('toNative', () => {
  it('when a value holds driver integers, temporals and nodes, then they become numbers, ISO strings and plain properties, however deep', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Career'], {
      slug: 'nurses',
      jobs: neo4j.int(3_500_000),
    });
    const value = {
      count: neo4j.int(60),
      big: BigInt(7),
      when: new neo4j.types.Date(2025, 4, 1),
      rows: [[neo4j.int(1), 'a', null, true], { node, list: [node] }],
      missing: undefined,
    };
    expect(toNative(value)).toEqual({
      count: 60,
      big: 7,
      when: '2025-04-01',
      rows: [
        [1, 'a', null, true],
        { node: { slug: 'nurses', jobs: 3_500_000 }, list: [{ slug: 'nurses', jobs: 3_500_000 }] },
      ],
      missing: null,
    });
  });
});
