import {
  Kind,
  execute,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
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

/**
 * The document's operation split into one operation per root field (fragments kept). Each runs
 * with its own context: in one shared context a loader primed by one field (a career's bundle
 * primes its settings) would hide another field's own statement (compare's settings loader) or
 * not, depending on which finished first; a fresh-clone CI run once missed two statements so.
 */
export function perRootField(document: DocumentNode): DocumentNode[] {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) return [document];
  const others = document.definitions.filter((d) => d !== operation);
  return operation.selectionSet.selections.map((selection) => ({
    ...document,
    definitions: [
      { ...operation, selectionSet: { ...operation.selectionSet, selections: [selection] } },
      ...others,
    ],
  }));
}

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
    // Validated whole (a single field's part may leave variables unused); run field by field.
    const results = await Promise.all(
      perRootField(document).map((part) =>
        execute({
          schema,
          document: part,
          contextValue: createContext(runner),
          ...(variables && { variableValues: variables }),
        }),
      ),
    );
    const failures = results.flatMap((r) => r.errors ?? []);
    if (failures.length > 0) {
      errors += failures.length;
      log.warn({ errors: failures.map((e) => e.message) }, 'warm-up: an operation failed');
    }
    return Object.assign({}, ...results.map((r) => r.data ?? {})) as unknown;
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
