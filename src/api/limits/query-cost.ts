import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * How many items a list field returns when no argument says: the largest counts in the seeded
 * graph, rounded up (e.g. a career has at most 15 similar occupations, 7.4 on average; ~10 is the
 * figure the issue measured per level). A field missing here counts as DEFAULT_FAN_OUT.
 */
const FAN_OUT: Readonly<Record<string, number>> = {
  'Career.similarOccupations': 10,
  'Career.settings': 7,
  'Career.credentials': 7,
  'Career.traits': 11,
  'Career.sources': 5,
  'Career.payByIndustry': 5,
  'Career.advancesTo': 4,
  'Career.advancesFrom': 4,
  'Career.educationOptions': 4,
  'CareerConnection.edges': 1, // `careers(first:)` already multiplies its page
  'Query.settings': 25,
  'Query.traits': 40,
  'Query.credentials': 65,
  'Query.educationLevels': 8,
  'Credential.careers': 30,
  'Trait.careers': 60,
  'EducationLevel.careers': 60,
};
const DEFAULT_FAN_OUT = 10;
/** `careers` without `first` returns a page of 20 (see CareersArgs). */
const DEFAULT_PAGE = 20;

function listSize(typeName: string, fieldName: string, args: Record<string, unknown>): number {
  if (typeof args.first === 'number') return Math.max(args.first, 1);
  if (Array.isArray(args.slugs)) return Math.max(args.slugs.length, 1);
  return FAN_OUT[`${typeName}.${fieldName}`] ?? DEFAULT_FAN_OUT;
}

/**
 * Every field costs 1; a field's selection costs as many times as the items it can return: its
 * `first`, the number of slugs, or the field's known fan-out. `careers(first: 100)` with 10 fields
 * per career costs about 1,000; similarOccupations nested n deep costs about 10^n.
 */
const multiplyingEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const returned = getNullableType(field.type);
  const isObjectList = isListType(returned) && !isLeafType(getNamedType(returned));
  const pages = field.args.some((a) => a.name === 'first');
  let times = 1;
  if (pages && args.first === undefined) times = DEFAULT_PAGE;
  else if (pages || isObjectList) times = listSize(type.name, field.name, args);
  return 1 + times * childComplexity;
};

export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName !== undefined && { operationName }),
    estimators: [multiplyingEstimator],
  });
}
