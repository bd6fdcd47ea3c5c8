import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createContext, type Context } from '../api/context';
import { CypherTrace, cypherTracePlugin } from '../api/cypher-trace/cypher-trace';
import { createSchema } from '../api/schema';
import type { RequestLimits } from '../config';
import type { QueryRunner } from '../db/query-runner';
import type { TracedStatement } from '../db/statement-trace';
import { createApolloServer } from '../server';
import { withParamLines } from '../shared/cypher-script';
import { CypherCliError } from './cli-error';

/**
 * `npm run cypher -- --from-graphql '<operation>'`: runs a GraphQL operation in-process, traced
 * (see api/cypher-trace/), and prints the statements it ran as a script cypher-shell can run:
 * each statement after `:param` lines for its parameters, in the order they finished.
 */

/** The operation: the file's text when `arg` names a `.graphql`/`.gql` file, else `arg` itself. */
export function readOperation(arg: string, cwd: string): string {
  const file = path.resolve(cwd, arg);
  if (/\.(graphql|gql)$/i.test(arg)) {
    if (!existsSync(file)) throw new CypherCliError(`no such GraphQL file: ${arg}`);
    return readFileSync(file, 'utf8');
  }
  return arg;
}

/** The trace as a cypher-shell script: a comment, the `:param` lines, the statement. */
export function traceScript(statements: readonly TracedStatement[]): string {
  return statements
    .map((s, i) => {
      const keys = s.keys === null ? '' : `, a batch of ${s.keys} key${s.keys === 1 ? '' : 's'}`;
      return [
        `// ${i + 1}. ${s.name}: for ${s.path.join(', ') || '(the operation)'}${keys}, ${s.rows} row${s.rows === 1 ? '' : 's'}`,
        ...withParamLines(s.query, s.parameters),
        '',
      ].join('\n');
    })
    .join('\n');
}

/** Runs `operation` over `runner` with a trace and returns its statements (and any errors). */
export async function traceOperation(
  runner: QueryRunner,
  operation: string,
  variables: Record<string, unknown> | undefined,
  limits: RequestLimits,
): Promise<{ statements: TracedStatement[]; errors: string[] }> {
  // The configured request limits, as the server would apply them to the same operation.
  const apollo = await createApolloServer(
    await createSchema(),
    [cypherTracePlugin<Context>()],
    limits,
  );
  const trace = new CypherTrace();
  const budget = {
    deadline: performance.now() + limits.requestTimeoutMs,
    signal: new AbortController().signal,
  };
  try {
    const response = await apollo.executeOperation(
      { query: operation, ...(variables && { variables }) },
      { contextValue: createContext(runner.withBudget(budget, trace), undefined, trace) },
    );
    const errors =
      response.body.kind === 'single'
        ? (response.body.singleResult.errors ?? []).map((e) => e.message)
        : ['incremental delivery is not supported here'];
    return { statements: trace.statements, errors };
  } finally {
    await apollo.stop();
  }
}
