import type { IncomingHttpHeaders } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLResolveInfo } from 'graphql';
import type { StatementTrace, TracedStatement } from '../../db/statement-trace';

/**
 * The Cypher behind an answer, on request: a request with `X-Cypher-Trace: 1`, to a server that
 * allows tracing (CYPHER_TRACE), gets `extensions.cypherTrace` with one entry per statement run
 * for it, in the order they finished: name, exact text, parameters, rows, times, batch size and
 * the fields that asked for it. Any other request is untouched: no hook runs for it, and its
 * runner and loaders are the plain ones (see QueryRunner.read and batchLoader).
 */
export const TRACE_HEADER = 'x-cypher-trace';

/** Whether the request asks for a trace (`X-Cypher-Trace: 1`; any other value does not). */
export function asksForTrace(headers: IncomingHttpHeaders): boolean {
  return headers[TRACE_HEADER] === '1';
}

/** `careers.edges.node.settings`: the response path of a field, without list indices. */
function fieldPath(info: Pick<GraphQLResolveInfo, 'path'>): string {
  const keys: string[] = [];
  for (let at: GraphQLResolveInfo['path'] | undefined = info.path; at; at = at.prev) {
    if (typeof at.key === 'string') keys.push(at.key);
  }
  return keys.reverse().join('.');
}

/** One request's trace: the statements its runner reported, and the field resolving now. */
export class CypherTrace implements StatementTrace {
  readonly statements: TracedStatement[] = [];
  private resolving = '';

  currentPath(): string {
    return this.resolving;
  }

  /** Called as each field starts to resolve, so a read started by its resolver is its own. */
  resolvingField(info: Pick<GraphQLResolveInfo, 'path'>): void {
    this.resolving = fieldPath(info);
  }

  record(statement: TracedStatement): void {
    this.statements.push(statement);
  }
}

/**
 * Follows the fields of a traced request and puts the trace into its answer. A traced answer is
 * never stored by any cache and carries no entity tag: it describes one run, not the data.
 */
export function cypherTracePlugin<
  TContext extends BaseContext & { trace?: CypherTrace },
>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const trace = contextValue.trace;
      if (!trace) return;
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              trace.resolvingField(info);
            },
          };
        },
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
          response.http.headers.delete('etag');
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cypherTrace: trace.statements };
        },
      };
    },
  };
}
