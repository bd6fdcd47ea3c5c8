import {
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  parse,
  type IntrospectionOptions,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { SHAPE_LIMITS } from '../../config';
import { fanOutOf } from '../shared/fan-out';

/** A list field with no declared fan-out (see shared/fan-out.ts) counts as this many items. */
const DEFAULT_FAN_OUT = 10;
/** What `careers` without `first` returns. */
const DEFAULT_PAGE = SHAPE_LIMITS.defaultPageSize;

/**
 * Introspection lists are as long as the schema makes them, not the graph: the number of types,
 * and the mean number of fields, arguments, enum values … per type. With these the IDE's full
 * introspection query costs about what it returns, while nesting `fields { type { fields … } }`
 * still multiplies and is refused like any other deep query.
 */
const introspectionFanOuts = new WeakMap<GraphQLSchema, Readonly<Record<string, number>>>();

function introspectionFanOut(schema: GraphQLSchema): Readonly<Record<string, number>> {
  let known = introspectionFanOuts.get(schema);
  if (known) return known;
  const types = Object.values(schema.getTypeMap());
  const mean = (counts: number[]): number =>
    Math.max(1, Math.ceil(counts.reduce((a, b) => a + b, 0) / Math.max(counts.length, 1)));
  const withFields = types.filter((t) => isObjectType(t) || isInterfaceType(t));
  const fields = withFields.flatMap((t) => Object.values(t.getFields()));
  known = {
    '__Schema.types': types.length,
    '__Schema.directives': schema.getDirectives().length,
    '__Type.fields': mean(withFields.map((t) => Object.keys(t.getFields()).length)),
    '__Type.inputFields': mean(
      types.filter(isInputObjectType).map((t) => Object.keys(t.getFields()).length),
    ),
    '__Type.enumValues': mean(types.filter(isEnumType).map((t) => t.getValues().length)),
    '__Type.interfaces': 1,
    '__Type.possibleTypes': 1,
    '__Field.args': mean(fields.map((f) => f.args.length)),
    '__Directive.args': mean(schema.getDirectives().map((d) => d.args.length)),
  };
  introspectionFanOuts.set(schema, known);
  return known;
}

function listSize(
  schema: GraphQLSchema,
  typeName: string,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): number {
  if (typeof args.first === 'number') return Math.max(args.first, 1);
  if (Array.isArray(args.slugs)) return Math.max(args.slugs.length, 1);
  if (typeName.startsWith('__')) {
    return introspectionFanOut(schema)[`${typeName}.${field.name}`] ?? DEFAULT_FAN_OUT;
  }
  return fanOutOf(field) ?? DEFAULT_FAN_OUT;
}

/**
 * Every field costs 1; a field's selection costs as many times as the items it can return: its
 * `first`, the number of slugs, or the field's known fan-out. `careers(first: 100)` with 10 fields
 * per career costs about 1,000; similarOccupations nested n deep costs about 10^n.
 */
const multiplyingEstimator =
  (schema: GraphQLSchema, introspectionCeiling: number | null): ComplexityEstimator =>
  ({ type, field, args, childComplexity }) => {
    // The schema's own introspection (what the IDE asks at load) is not work on the graph: a
    // `__schema`/`__type` selection up to twice the full standard introspection costs 1. Past
    // that it counts in full, so nesting introspection lists is refused like any deep query.
    if (
      introspectionCeiling !== null &&
      type === schema.getQueryType() &&
      (field.name === '__schema' || field.name === '__type')
    ) {
      return childComplexity <= introspectionCeiling ? 1 : 1 + childComplexity;
    }
    const returned = getNullableType(field.type);
    const isObjectList = isListType(returned) && !isLeafType(getNamedType(returned));
    const pages = field.args.some((a) => a.name === 'first');
    let times = 1;
    if (pages && args.first === undefined) times = DEFAULT_PAGE;
    else if (pages || isObjectList) times = listSize(schema, type.name, field, args);
    return 1 + times * childComplexity;
  };

/** graphql-js's introspection query with every option on: what an IDE may send. */
export const FULL_INTROSPECTION: IntrospectionOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
};

const introspectionCeilings = new WeakMap<GraphQLSchema, number>();

/** Twice the estimate of graphql-js's full introspection query (every option on) for this schema. */
function introspectionCeiling(schema: GraphQLSchema): number {
  let ceiling = introspectionCeilings.get(schema);
  if (ceiling === undefined) {
    const full = parse(getIntrospectionQuery(FULL_INTROSPECTION));
    ceiling =
      2 *
      getComplexity({
        schema,
        query: full,
        variables: {},
        estimators: [multiplyingEstimator(schema, null)],
      });
    introspectionCeilings.set(schema, ceiling);
  }
  return ceiling;
}

/**
 * Past this many fields counted (fragments expanded), counting stops: the cost is already far past
 * any sensible MAX_QUERY_COST, and a few nested fragment spreads could otherwise make the count
 * itself the expensive part. graphql-query-complexity has such a cap too, but reports it only as
 * a message; this one is ours, so the caller knows it by type.
 */
const MAX_COUNTED_FIELDS = 10_000;

class CountStopped extends Error {}

/** The document's cost, or Infinity when it has too many fields to be worth counting. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
): number {
  const estimate = multiplyingEstimator(schema, introspectionCeiling(schema));
  let counted = 0;
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      ...(operationName !== undefined && { operationName }),
      maxQueryNodes: Number.POSITIVE_INFINITY,
      estimators: [
        (field) => {
          counted += 1;
          if (counted > MAX_COUNTED_FIELDS) throw new CountStopped();
          return estimate(field);
        },
      ],
    });
  } catch (err) {
    if (err instanceof CountStopped) return Number.POSITIVE_INFINITY;
    throw err;
  }
}
