import { execute, parse, validate, type GraphQLSchema } from 'graphql';
import type { QueryRunner } from '../../db/query-runner';
import type { Logger } from '../../logger';
import { createContext } from '../context';
import { EVERYTHING } from './career-operations';
import { DISCOVER, PAGES } from './list-operations';

/**
 * Start-up warm-up: Neo4j plans a statement the first time it sees its text (1–3 s for the larger
 * ones on a busy 2-core machine) and V8 compiles the resolvers on their first calls, so the first
 * user of each question used to pay both. Before the server takes requests it answers these
 * operations once through the real schema: every API statement runs once with values from the
 * graph itself, and every careers-page shape the IDE examples and the benchmark use is compiled
 * and planned. test/integration/warm-up.test.ts checks that each IDE example then sends only
 * statements the warm-up already sent.
 */

interface Discovered {
  careers?: { edges: Array<{ node: { slug: string } }> };
  settings?: Array<{ id: string }>;
  traits?: Array<{ id: string }>;
  credentials?: Array<{ id: string }>;
}

/**
 * Answers the warm-up operations once, in order, and reports how long it took. Never fails
 * start-up: an empty graph or a failing statement is logged and the server starts anyway (the
 * first request then pays the planning, as before).
 */
export async function warmUp(
  schema: GraphQLSchema,
  runner: QueryRunner,
  log: Logger,
): Promise<{ durationMs: number; errors: number }> {
  const started = performance.now();
  let errors = 0;
  const run = async (source: string, variables?: Record<string, unknown>): Promise<unknown> => {
    const document = parse(source);
    const invalid = validate(schema, document);
    if (invalid.length > 0) {
      errors += invalid.length;
      log.warn({ errors: invalid.map((e) => e.message) }, 'warm-up: an operation is invalid');
      return undefined;
    }
    const result = await execute({
      schema,
      document,
      contextValue: createContext(runner),
      ...(variables && { variableValues: variables }),
    });
    if (result.errors?.length) {
      errors += result.errors.length;
      log.warn({ errors: result.errors.map((e) => e.message) }, 'warm-up: an operation failed');
    }
    return result.data;
  };
  const found = ((await run(DISCOVER)) ?? {}) as Discovered;
  const slugs = found.careers?.edges.map((e) => e.node.slug) ?? [];
  const [slug, other = slug] = slugs;
  const setting = found.settings?.[0]?.id;
  const trait = found.traits?.[0]?.id;
  const credential = found.credentials?.[0]?.id;
  if (slug && other && setting && trait && credential) {
    await run(EVERYTHING, { slug, other, setting, trait, credential });
  } else {
    log.warn('warm-up: the graph is empty, only the list statements were planned');
  }
  await run(PAGES);
  const durationMs = Math.round(performance.now() - started);
  log.info({ durationMs, errors }, 'warm-up: statements planned');
  return { durationMs, errors };
}
