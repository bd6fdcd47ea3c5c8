import 'reflect-metadata';
import {
  getArgumentValues,
  isObjectType,
  parse,
  validate,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { createSchema } from '../../src/api/schema';
import type { CareerFilter } from '../../src/api/career/career.inputs';
import { normaliseFilter } from '../../src/api/career/careers-page/career-filter';
import { FACETS, facetFilters } from '../../src/api/facets/facet-filters';
import { buildFacetsQuery } from '../../src/api/facets/facets-query';
import { queryCost } from '../../src/api/limits/query-cost';
import { fanOutOf } from '../../src/api/shared/fan-out';

/** The facet statement as built from GraphQL input: the real schema coerces the filter. */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

function filterOf(filter: string): CareerFilter | undefined {
  const document = parse(`{ careerFacets(filter: ${filter}) { total } }`);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'));
  const operation = document.definitions[0] as OperationDefinitionNode;
  const field = operation.selectionSet.selections[0] as FieldNode;
  const facets = schema.getQueryType()!.getFields().careerFacets!;
  return getArgumentValues(facets, field).filter as CareerFilter | undefined;
}

const EVERY_FIELD = `{
  licensure: [NOT_REQUIRED]
  entryEducation: { atLeast: HIGH_SCHOOL_DIPLOMA, atMost: BACHELORS_DEGREE }
  worksIn: { any: ["hospitals"], all: ["government"], minSharePct: 10 }
  traits: { all: ["detail-oriented"], none: ["physical-stamina"] }
  credentials: { any: ["rhit"], none: ["cpc"] }
  hasCertification: true
  medianPay: { min: 30000, max: 90000 }
  projectedGrowthPct: { min: 1 }
  growthAboveNationalAverage: true
  text: "records"
  and: [{ licensure: [REQUIRED] }]
  or: [{ text: "nurse" }, { hasCertification: false }]
  not: { traits: { all: ["compassion"] } }
}`;

/** `$name`s the text uses, which must be exactly the parameters sent. */
const paramsIn = (text: string): string[] =>
  [...new Set([...text.matchAll(/\$(\w+)/g)].map((m) => m[1]!))].sort();

describe('careerFacets: the filter split', () => {
  it('when a filter sets every field, then its parts hold each condition of the whole filter exactly once', () => {
    const filter = filterOf(EVERY_FIELD)!;
    const whole = normaliseFilter(filter);
    const parts = facetFilters(filter);
    const split = [parts.common, ...FACETS.map((f) => parts.own[f])];
    expect(split.reduce((n, p) => n + p.children.length, 0)).toBe(whole.children.length);
    // The facets' own parts: licensure 1, entry education 2, worksIn 2, traits 2, credentials 3.
    expect(FACETS.map((f) => [f, parts.own[f].children.length])).toEqual([
      ['licensure', 1],
      ['entryEducation', 2],
      ['settings', 2],
      ['traits', 2],
      ['credentials', 3],
    ]);
    expect(parts.minSharePct).toBe(10);
  });

  it('when the filter is bad, then it is refused with the error careers() gives', () => {
    const bad = filterOf('{ licensure: [NOT_REQUIRED], worksIn: { minSharePct: 5 } }')!;
    expect(() => normaliseFilter(bad)).toThrow('worksIn needs `any` or `all` setting ids');
    expect(() => facetFilters(bad)).toThrow('worksIn needs `any` or `all` setting ids');
  });
});

describe('careerFacets: the statement', () => {
  it('when there is no filter, then every slot is `true` and only the fixed parameters are sent', () => {
    const { query, params } = buildFacetsQuery(undefined, new Set(FACETS));
    expect(query.name).toBe('api/career-facets');
    expect(query.text).not.toContain('{{');
    expect(query.text).toMatch(/^MATCH \(n:Career\)\nWHERE true\n/);
    expect(params).toEqual({
      want: Object.fromEntries(FACETS.map((f) => [f, true])),
      minSharePct: null,
    });
  });

  it('when only some facets are wanted, then the others are switched off by parameter, not by text', () => {
    const all = buildFacetsQuery(undefined, new Set(FACETS));
    const some = buildFacetsQuery(undefined, new Set(['settings']));
    expect(some.query.text).toBe(all.query.text);
    expect(some.params.want).toEqual({
      licensure: false,
      entryEducation: false,
      settings: true,
      traits: false,
      credentials: false,
    });
  });

  it('when a filter sets every field, then its values are all parameters, numbered once across the statement, and the words are looked up once before the MATCH', () => {
    const { query, params } = buildFacetsQuery(filterOf(EVERY_FIELD), new Set(FACETS));
    expect(paramsIn(query.text)).toEqual(Object.keys(params).sort());
    for (const value of ['records', 'nurse', 'hospitals', 'rhit', 'detail-oriented', '30000']) {
      expect(query.text).not.toContain(value);
    }
    // Two look-ups (the filter's words and the nested `or`'s), both before the careers' MATCH.
    const lookups = [...query.text.matchAll(/db\.index\.fulltext\.queryNodes/g)];
    expect(lookups).toHaveLength(2);
    expect(query.text.indexOf('MATCH (n:Career)')).toBeGreaterThan(
      query.text.lastIndexOf('db.index.fulltext.queryNodes'),
    );
    expect(params.minSharePct).toBe(10);
  });

  it('when the filter grows, then the statement grows linearly: each condition is printed once', () => {
    const one = buildFacetsQuery(filterOf('{ traits: { all: ["a"] } }'), new Set(FACETS));
    const two = buildFacetsQuery(
      filterOf('{ traits: { all: ["a"] }, credentials: { any: ["b"] } }'),
      new Set(FACETS),
    );
    expect(Object.keys(one.params).filter((k) => k.startsWith('param'))).toHaveLength(1);
    expect(Object.keys(two.params).filter((k) => k.startsWith('param'))).toHaveLength(2);
  });
});

describe('careerFacets: cost', () => {
  it('when its lists are selected, then the cost limit counts each at its declared fan-out, so facets cost what they can return', () => {
    const type = schema.getType('CareerFacets');
    if (!isObjectType(type)) throw new Error('no CareerFacets type');
    const fields = type.getFields();
    const lists = FACETS.map((f) => fanOutOf(fields[f]!));
    expect(lists.every((n) => typeof n === 'number' && n > 0)).toBe(true);
    const selection = FACETS.map((f) => `${f} { value label count }`).join(' ');
    const cost = queryCost(schema, parse(`{ careerFacets { total ${selection} } }`), {}, undefined);
    // careerFacets, total, and each list: itself plus its three fields times its fan-out.
    expect(cost).toBe(1 + 1 + lists.reduce<number>((n, f) => n + 1 + 3 * f!, 0));
  });
});
