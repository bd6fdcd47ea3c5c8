import type { TracedStatement } from '../../src/db/statement-trace';
import { withParamLines } from '../../src/shared/cypher-script';

/**
 * The Cypher trace of the IDE's last run (see docs/analysts.md, "The Cypher behind an answer"):
 * the fetcher asks for it with every operation and keeps it here, out of the result pane, and
 * the Cypher panel shows it.
 */
export interface LastRun {
  operationName: string | null;
  /** Null when the server sent no trace (CYPHER_TRACE=off, or a request refused before it ran). */
  statements: TracedStatement[] | null;
}

export const TRACE_HEADERS: Readonly<Record<string, string>> = { 'x-cypher-trace': '1' };

let last: LastRun | null = null;
const listeners = new Set<() => void>();

export const traceStore = {
  get: (): LastRun | null => last,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set(run: LastRun): void {
    last = run;
    for (const l of listeners) l();
  },
};

/**
 * Takes the trace out of an answer and keeps it, unless the operation is the IDE's own schema
 * introspection. Returns the answer without it, as the server would send it untraced.
 */
export function keepTrace<T extends { extensions?: Record<string, unknown> }>(
  operationName: string | null | undefined,
  answer: T,
): T {
  const { cypherTrace, ...rest } = answer.extensions ?? {};
  if (operationName !== 'IntrospectionQuery') {
    traceStore.set({
      operationName: operationName ?? null,
      statements: Array.isArray(cypherTrace) ? (cypherTrace as TracedStatement[]) : null,
    });
  }
  if (!answer.extensions) return answer;
  const copy = { ...answer };
  if (Object.keys(rest).length > 0) copy.extensions = rest;
  else delete copy.extensions;
  return copy;
}

/** The statement with `:param` lines before it, to paste into cypher-shell or Neo4j Browser. */
export function pasteable(statement: TracedStatement): string {
  return withParamLines(statement.query, statement.parameters).join('\n');
}

/**
 * Neo4j Browser with the statement (and its `:param` lines) in its editor: Browser's own `cmd=edit`
 * URL parameter. `browserUrl` is the local Browser the server names (GET /cypher/browser).
 */
export function browserLink(browserUrl: string, statement: TracedStatement): string {
  const url = new URL(browserUrl);
  url.searchParams.set('cmd', 'edit');
  url.searchParams.set('arg', pasteable(statement));
  return url.toString();
}

let browserUrl: Promise<string | null> | null = null;

/** The local Neo4j Browser's address, asked once per page; null when there is none. */
export function localBrowserUrl(): Promise<string | null> {
  browserUrl ??= fetch('/cypher/browser').then(
    async (r) => (r.ok ? ((await r.json()) as { url: string | null }).url : null),
    () => null,
  );
  return browserUrl;
}

/** One line that ties each statement to what produced it: a look-ahead or a DataLoader batch. */
export function whyThisMany(statements: readonly TracedStatement[]): string {
  if (statements.length === 0)
    return 'No statement ran: nothing in this operation reads the graph.';
  const parts = statements.map((s) => {
    const fields = s.path.join(', ') || 'the operation';
    return s.keys === null
      ? `${s.name} for ${fields} (one statement for the field and what it selects)`
      : `${s.name}, one DataLoader batch of ${s.keys} key${s.keys === 1 ? '' : 's'} for ${fields}`;
  });
  const count = statements.length === 1 ? 'One statement' : `${statements.length} statements`;
  return `${count}: ${parts.join('; ')}.`;
}
