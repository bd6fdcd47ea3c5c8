import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR } from '../paths';

/** A named Cypher statement read from `cypher/`. The name shows up in logs and query counts. */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

/**
 * Reads `cypher/<name>.cypher`. Modules call this at load time, so a missing or empty file fails
 * start-up rather than a request.
 */
export function cypher(name: string): CypherQuery {
  const file = path.join(CYPHER_DIR, `${name}.cypher`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`Cypher file missing: ${path.relative(process.cwd(), file)}`, { cause: err });
  }
  // Sent without its comment lines: the text crosses Bolt with every run and is the key of
  // Neo4j's plan cache, and the comments are for the people reading the file.
  const statement = stripComments(text).trim();
  if (statement === '') throw new Error(`Cypher file is empty: ${file}`);
  return { name, text: statement };
}

/**
 * Splits a file of several statements (schema files) on semicolons at line ends. Statements in
 * these files hold no string literals with `;`, which keeps this split safe.
 */
export function cypherStatements(name: string): CypherQuery[] {
  // cypher() has already dropped the comment lines.
  return cypher(name)
    .text.split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s, i) => ({ name: `${name}#${i + 1}`, text: s }));
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
}

/**
 * A statement whose parts are generated at start-up (from the read model, not from a request):
 * each `{{slot}}` of the file's text is replaced by its part. A slot without a part, or a part
 * without a slot, fails start-up, so the file and the code cannot drift apart silently.
 */
export function cypherWithSlots(
  query: CypherQuery,
  parts: Readonly<Record<string, string>>,
): CypherQuery {
  const unused = new Set(Object.keys(parts));
  const text = query.text.replace(/\{\{(\w+)\}\}/g, (_, slot: string) => {
    const part = parts[slot];
    if (part === undefined) throw new Error(`${query.name}: no part for the slot {{${slot}}}`);
    unused.delete(slot);
    return part;
  });
  if (unused.size > 0) throw new Error(`${query.name}: no slot for ${[...unused].join(', ')}`);
  return { name: query.name, text };
}
