import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { createContext, type Context } from '../../src/api/context';
import { createApolloServer } from '../../src/server';
import { createSchema } from '../../src/api/schema';
import type { QueryRunner } from '../../src/db/query-runner';
import { createTestRunner, type TestDb } from './test-db';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

let schema: Promise<GraphQLSchema> | null = null;

/** In-process GraphQL execution over the real schema and a real runner (no HTTP). */
export async function createGraphQL(runner: QueryRunner): Promise<{
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResult<T>>;
  stop(): Promise<void>;
}> {
  schema ??= createSchema();
  const server: ApolloServer<Context> = await createApolloServer(await schema);
  await server.start();
  return {
    async run<T>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
      const response = await server.executeOperation(
        { query, ...(variables && { variables }) },
        { contextValue: createContext(runner) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as GqlResult<T>;
    },
    stop: () => server.stop(),
  };
}

/**
 * Registers the usual set-up of an integration test file, a runner over the seeded test database
 * and an in-process GraphQL server, and returns a handle to use inside its tests.
 */
export function useSeededGraphQL(): {
  readonly runner: QueryRunner;
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResult<T>>;
} {
  let db: TestDb | undefined;
  let gql: Awaited<ReturnType<typeof createGraphQL>> | undefined;
  beforeAll(async () => {
    db = await createTestRunner();
    gql = await createGraphQL(db.runner);
  });
  afterAll(async () => {
    await gql?.stop();
    await db?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useSeededGraphQL: used outside a test');
    return value;
  };
  return {
    get runner() {
      return ready(db).runner;
    },
    run: (query, variables) => ready(gql).run(query, variables),
  };
}
