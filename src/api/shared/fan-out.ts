import type { GraphQLField } from 'graphql';
import { Extensions } from 'type-graphql';

/**
 * How many items a list field returns when no argument says (about the largest counts in the
 * seeded graph; each figure's reason is beside it): declared on the field itself, so the cost
 * limit (limits/query-cost.ts) reads it from the schema and a renamed field keeps its figure. A
 * list field without one counts as the cost limit's default, and a test lists every such field.
 */
export const FanOut = (items: number): MethodDecorator & PropertyDecorator =>
  Extensions({ fanOut: items });

/** The fan-out a field declares with FanOut, if any. */
export function fanOutOf(field: GraphQLField<unknown, unknown>): number | undefined {
  const declared: unknown = field.extensions?.fanOut;
  return typeof declared === 'number' ? declared : undefined;
}
