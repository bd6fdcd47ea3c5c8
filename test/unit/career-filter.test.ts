import 'reflect-metadata';
import Cypher from '@neo4j/cypher-builder';
import { SHAPE_LIMITS } from '../../src/config';
import { BadUserInputError } from '../../src/errors';
import { chooseAnchor, normaliseFilter } from '../../src/api/career/careers-page/career-filter';
import {
  AllOf,
  AnyOf,
  LinksToAny,
  Not,
  PropertyIn,
  TextMatch,
  WorksInEach,
  textLookupsOf,
  type FilterNode,
} from '../../src/api/career/careers-page/filter-nodes';
import type { CareerFilter } from '../../src/api/career/career.inputs';

/** The tree's shape: each node's class, with its children below it. */
type Shape = string | [string, Shape[]];
const shape = (node: FilterNode): Shape =>
  node.children.length === 0
    ? node.constructor.name
    : [node.constructor.name, node.children.map(shape)];

const filter = (f: Record<string, unknown>): CareerFilter => f as CareerFilter;

/** The filter compiler's first pass: the input checked once, into a tree of nodes. */
describe('normaliseFilter', () => {
  it("when a filter combines fields and nests, then each filter's fields are one AllOf, in a fixed order, with or/not below", () => {
    const tree = normaliseFilter(
      filter({
        or: [{ text: 'records' }],
        credentials: { any: ['rhit'], none: ['cpc'] },
        licensure: ['NOT_REQUIRED'],
        not: { worksIn: { all: ['hospitals'], minSharePct: 10 } },
      }),
    );
    expect(shape(tree)).toEqual([
      'AllOf',
      [
        'PropertyIn',
        'LinksToAny',
        ['Not', ['LinksToAny']],
        ['AnyOf', [['AllOf', ['TextMatch']]]],
        ['Not', [['AllOf', ['WorksInEach']]]],
      ],
    ]);
    expect((tree.children[0] as PropertyIn).values).toEqual(['NOT_REQUIRED']);
    expect((tree.children[1] as LinksToAny).link.type).toBe('HAS_CREDENTIAL');
  });

  it('when works-in ids come without a share, then they are one link; with a share, a test per id', () => {
    const [plain] = normaliseFilter(filter({ worksIn: { any: ['hospitals'] } })).children;
    expect(plain).toBeInstanceOf(LinksToAny);
    const [shared] = normaliseFilter(
      filter({ worksIn: { any: ['hospitals'], minSharePct: 5 } }),
    ).children;
    expect(shared).toBeInstanceOf(WorksInEach);
    expect((shared as WorksInEach).minSharePct).toBe(5);
  });

  it('when the input breaks a rule anywhere in the tree, then it is refused before anything is printed, naming the field', () => {
    let deep: Record<string, unknown> = { licensure: ['NOT_REQUIRED'] };
    for (let i = 0; i <= SHAPE_LIMITS.maxFilterDepth; i++) deep = { not: deep };
    expect(() => normaliseFilter(filter(deep))).toThrow(
      new BadUserInputError(`filters nest at most ${SHAPE_LIMITS.maxFilterDepth} deep`),
    );
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ or: [{ text: '+-!' }] }, 'filter.text has no searchable words'],
      [{ and: [{ medianPay: { min: 9, max: 1 } }] }, 'medianPay: min (9) is above max (1)'],
      [{ not: { traits: { all: [] } } }, 'traits.all: give at least one id'],
      [{ worksIn: { minSharePct: 5 } }, 'worksIn needs `any` or `all` setting ids'],
      [{ licensure: ['NOPE'] }, 'licensure: unknown value "NOPE"'],
    ];
    for (const [input, message] of cases) {
      expect(() => normaliseFilter(filter(input))).toThrow(message);
    }
  });
});

describe('chooseAnchor', () => {
  it('when the top level links to credentials and to settings, then the credential link is the anchor and the rest keeps everything else', () => {
    const root = normaliseFilter(
      filter({ worksIn: { any: ['hospitals'] }, credentials: { any: ['rhit'] }, text: 'coding' }),
    );
    const { anchor, rest } = chooseAnchor(root);
    expect(anchor?.link.type).toBe('HAS_CREDENTIAL');
    expect(anchor?.ids).toEqual(['rhit']);
    expect(shape(rest)).toEqual(['AllOf', ['LinksToAny', 'TextMatch']]);
    // A choice on the tree, not a rewrite of it.
    expect(root.children).toHaveLength(3);
    expect(rest.children).not.toContain(anchor);
  });

  it('when a link is only under or/not, or needs a share, then there is no anchor', () => {
    for (const f of [
      { or: [{ credentials: { any: ['rhit'] } }] },
      { credentials: { none: ['rhit'] } },
      { worksIn: { any: ['hospitals'], minSharePct: 20 } },
    ]) {
      const root = normaliseFilter(filter(f));
      expect(chooseAnchor(root)).toEqual({ anchor: null, rest: root });
    }
  });
});

describe('filter nodes', () => {
  it('when a tree holds text searches at several depths, then its look-ups come in the order the predicates print them', () => {
    const tree = new AllOf([
      new TextMatch('a'),
      new AnyOf([new Not(new TextMatch('b')), new TextMatch('c')]),
    ]);
    expect(textLookupsOf(tree).map((t) => t.luceneQuery)).toEqual(['a', 'b', 'c']);
  });

  it('when a node prints its predicate, then every value is a parameter', () => {
    const n = new Cypher.NamedNode('n');
    const where = new AllOf([new PropertyIn('licensure', ["x' OR 1=1"])]).predicate(n);
    const { cypher, params } = new Cypher.Match(new Cypher.Pattern(n)).where(where).build();
    expect(cypher).toBe('MATCH (n)\nWHERE n.licensure IN $param0');
    expect(params).toEqual({ param0: ["x' OR 1=1"] });
  });
});
