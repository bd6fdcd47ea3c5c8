/**
 * Statements as a person pastes them: Cypher literals for parameter values, and `:param` lines
 * before the text, which cypher-shell and Neo4j Browser both read. Shared by the CLI's
 * `--from-graphql` and the IDE's Cypher panel, so the two print the same script.
 */

/** A map key as Cypher writes it: bare when it is a plain name, else in backticks. */
function mapKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key.replace(/`/g, '``')}\``;
}

/** A Cypher literal for a parameter value from JSON-like data (strings, numbers, lists, maps). */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as Cypher`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => `${mapKey(k)}: ${cypherLiteral(v)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  throw new Error(`cannot write a ${typeof value} as Cypher`);
}

/** `:param name => value` lines for `parameters`, then the statement ending in `;`. */
export function withParamLines(query: string, parameters: Record<string, unknown>): string[] {
  return [
    ...Object.entries(parameters).map(
      ([name, value]) => `:param ${name} => ${cypherLiteral(value)}`,
    ),
    `${query};`,
  ];
}
