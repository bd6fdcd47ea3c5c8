import {
  getArgumentValues,
  getVariableValues,
  GraphQLError,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { ERROR_CODES, LimitExceededError } from '../../errors';

export interface ArgumentLimits {
  maxFilterNodes: number;
  maxStringLength: number;
}

/** Counts the objects and list items of a filter tree: every condition and every and/or/not entry. */
function filterSize(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((n, v) => n + 1 + filterSize(v), 0);
  if (value !== null && typeof value === 'object') {
    return Object.values(value).reduce<number>((n, v) => n + filterSize(v), 1);
  }
  return 0;
}

/** The first string longer than `max` in an argument value, with where it sits. */
function overlongString(
  value: unknown,
  at: string,
  max: number,
): { at: string; length: number } | null {
  if (typeof value === 'string') return value.length > max ? { at, length: value.length } : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = overlongString(v, `${at}[${i}]`, max);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = overlongString(v, `${at}.${k}`, max);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Checks every field argument of the operation as it will execute (variables applied), before any
 * resolver runs: a filter tree over `maxFilterNodes` is FILTER_TOO_LARGE (a reused variable can make
 * a 3 KB query hold 10,000 conditions), any other argument that large (sort keys, id lists) is
 * BAD_USER_INPUT, and a string over `maxStringLength` characters is
 * BAD_USER_INPUT (no slug, id, cursor or search word is that long, and Lucene fails on ~1,000-char
 * words). Values graphql-js cannot coerce are left to execution, which reports them.
 */
export function checkArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  limits: ArgumentLimits,
): void {
  const coerced = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    rawVariables ?? {},
  );
  if (coerced.errors) return;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (!field || !node.arguments?.length) return;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field, node, coerced.coerced);
        } catch {
          return;
        }
        for (const [name, value] of Object.entries(args)) {
          const where = `${field.name}(${name})`;
          const long = overlongString(value, name, limits.maxStringLength);
          if (long) {
            throw badInput(
              `${field.name}: ${long.at} is ${long.length} characters; the limit (MAX_STRING_LENGTH) is ${limits.maxStringLength}.`,
              long.at,
            );
          }
          const size = filterSize(value);
          if (size <= limits.maxFilterNodes) continue;
          if (name === 'filter') {
            throw new LimitExceededError(
              ERROR_CODES.FILTER_TOO_LARGE,
              `${where} has ${size} conditions and list items; the limit (MAX_FILTER_NODES) is ${limits.maxFilterNodes}.`,
              limits.maxFilterNodes,
              size,
            );
          }
          // The same bound for every other argument (e.g. 1,000 sort keys), as plain bad input.
          throw badInput(
            `${where} has ${size} items; at most ${limits.maxFilterNodes} (MAX_FILTER_NODES) are accepted.`,
            name,
          );
        }
      },
    }),
  );
}

/**
 * How deeply the request's variables nest, counted without recursion: graphql-js coerces them
 * recursively, so 50,000 nested brackets (a 100 KB body) would overflow the stack there.
 */
export function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    deepest = Math.max(deepest, depth);
    if (v !== null && typeof v === 'object') {
      for (const child of Object.values(v)) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/** BAD_USER_INPUT before execution: HTTP 400, the request as sent can never succeed. */
export function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ERROR_CODES.BAD_USER_INPUT,
      ...(field && { field }),
      http: { status: 400 },
    },
  });
}
