import { Neo4jError } from 'neo4j-driver';

/**
 * What QueryRunner.queryType puts before the analyst's Cypher to classify it without running
 * it. Neo4j reports positions in the text it was sent, so every error found while classifying
 * points this many characters too far to the right on the first line.
 */
export const EXPLAIN_PREFIX = 'EXPLAIN ';

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/g;

/**
 * Rewrites a Neo4j error message about `prefix + query` so it speaks of the query alone:
 * "(line, column (offset))" and, on the first line, the echoed line and its caret.
 *
 *     Invalid input 'RETRN': … (line 1, column 9 (offset: 8))
 *     "EXPLAIN RETRN 1"
 *              ^
 * becomes
 *     Invalid input 'RETRN': … (line 1, column 1 (offset: 0))
 *     "RETRN 1"
 *      ^
 */
export function unshiftErrorPositions(message: string, prefix: string = EXPLAIN_PREFIX): string {
  const shift = prefix.length;
  const positioned = message.replace(POSITION, (whole, line: string, column: string, offset) => {
    const o = Number(offset) - shift;
    const c = line === '1' ? Number(column) - shift : Number(column);
    // A position inside the prefix cannot be the analyst's; leave such a message as it is.
    if (o < 0 || c < 1) return whole;
    return `(line ${line}, column ${c} (offset: ${o}))`;
  });
  const lines = positioned.split('\n');
  const echoed = lines.findIndex((l) => l.startsWith(`"${prefix}`));
  if (echoed >= 0) {
    lines[echoed] = `"${lines[echoed]?.slice(prefix.length + 1)}`;
    const caret = lines[echoed + 1];
    if (caret !== undefined && /^ +\^$/.test(caret) && caret.length - 1 > shift) {
      lines[echoed + 1] = caret.slice(shift);
    }
  }
  return lines.join('\n');
}

/** The same error, with positions in the analyst's text when it is a Neo4j error. */
export function withUserPositions(err: unknown, prefix: string = EXPLAIN_PREFIX): unknown {
  if (err instanceof Neo4jError) err.message = unshiftErrorPositions(err.message, prefix);
  return err;
}
