import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The SDL snapshot format: sorted, so it changes only when the API does. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
