import 'reflect-metadata';
import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
  parse,
  type GraphQLSchema,
} from 'graphql';
import { createSchema } from '../../src/api/schema';
import { CAREER_LISTS, SIMILAR } from '../../src/api/career/career-lists';
import { queryCost } from '../../src/api/limits/query-cost';
import { fanOutOf } from '../../src/api/shared/fan-out';

/**
 * The cost limit multiplies a list's selection by the fan-out its field declares (FanOut). A list
 * field that declares none counts as a default, so each is named here.
 */
describe('fan-outs', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  it('when the schema is built, then every list of objects sized by no argument declares its fan-out', () => {
    const undeclared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const returned = getNullableType(field.type);
        const objects = isListType(returned) && !isLeafType(getNamedType(returned));
        const sized = field.args.some((a) => a.name === 'first' || a.name === 'slugs');
        if (objects && !sized && fanOutOf(field) === undefined) {
          undeclared.push(`${type.name}.${field.name}`);
        }
      }
    }
    // Short lists, for which the default (10) is already a ceiling: a step's credentials, a
    // comparison's rows, a path's steps, the stats' groups. A new list field lands here, or
    // declares its own.
    expect(undeclared.sort()).toEqual([
      'AdvancementStep.credentials',
      'CareerComparison.careers',
      'CareerComparison.metrics',
      'CareerComparison.sharedCredentials',
      'CareerComparison.sharedSettings',
      'CareerComparison.sharedTraits',
      'CareerPath.steps',
      'CareerSetting.categories',
      'GraphStats.careersPerLicensure',
      'GraphStats.careersPerSetting',
      'GraphStats.medianPayByEntryEducation',
      'MetricComparison.values',
      'PathStep.credentials',
      'SimilarCareer.shared',
    ]);
  });

  it("when Career's lists are built, then each field carries the fan-out its read model names", () => {
    const fields = schema.getType('Career');
    if (!isObjectType(fields)) throw new Error('no Career type');
    for (const list of Object.values(CAREER_LISTS)) {
      expect([list.field, fanOutOf(fields.getFields()[list.field]!)]).toEqual([
        list.field,
        list.fanOut,
      ]);
    }
    expect(fanOutOf(fields.getFields().similarOccupations!)).toBe(SIMILAR.fanOut);
  });

  it('when a list is selected below a career, then its fields count as many times as its fan-out', () => {
    const cost = (q: string): number => queryCost(schema, parse(q), {}, undefined);
    const one = cost('{ career(slug: "x") { slug } }');
    const traits = cost('{ career(slug: "x") { slug traits { id name } } }');
    // The traits field, plus its two fields times the fan-out.
    expect(traits - one).toBe(1 + 2 * CAREER_LISTS.traits.fanOut);
  });
});
