import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Params } from '../db/query-runner';
import { CYPHER_DIR } from '../paths';
import { CypherCliError } from './cli-error';
import { parseParamValue } from './params';

/** The analysts' saved queries: one `.cypher` file per question, named for it. */
export const SAVED_QUERIES_DIR = path.join(CYPHER_DIR, 'queries');

export interface QueryColumn {
  name: string;
  meaning: string;
}

/**
 * What a query's leading `//` comment block declares. The contract (docs/analysts.md):
 * - the first comment line is the question the query answers (`--list` shows it);
 * - `// @param name: default` gives a parameter's default, typed like a `--param` value, so the
 *   query runs with no `--param` at all;
 * - `// @column name: meaning` documents each returned column, in order;
 * - any other comment line is prose for the reader.
 */
export interface QueryHeader {
  question: string | null;
  description: string[];
  defaults: Params;
  columns: QueryColumn[];
}

export interface SavedQuery {
  name: string;
  file: string;
  text: string;
  header: QueryHeader;
}

const TAG = /^@(param|column)\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*)$/;

/** Reads the leading comment block; `where` names the file in error messages. */
export function parseQueryHeader(text: string, where = 'query'): QueryHeader {
  const header: QueryHeader = { question: null, description: [], defaults: {}, columns: [] };
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (!trimmed.startsWith('//')) break;
    const body = trimmed.slice(2).trim();
    if (body.startsWith('@')) {
      const tag = TAG.exec(body);
      const [, kind, name, value] = tag ?? [];
      if (kind === undefined || name === undefined || value === undefined) {
        throw new CypherCliError(
          `${where}:${index + 1}: expected "// @param name: default" or "// @column name: meaning"`,
        );
      }
      if (kind === 'column') {
        header.columns.push({ name, meaning: value.trim() });
      } else if (value.trim() === '') {
        throw new CypherCliError(`${where}:${index + 1}: @param ${name} has no default`);
      } else {
        try {
          header.defaults[name] = parseParamValue(value);
        } catch (err) {
          throw new CypherCliError(
            `${where}:${index + 1}: @param ${name}: ${(err as Error).message}`,
          );
        }
      }
    } else if (header.question === null && body !== '') {
      header.question = body;
    } else if (body !== '') {
      header.description.push(body);
    }
  }
  return header;
}

/** Every saved query, sorted by name. */
export function listSavedQueries(dir: string = SAVED_QUERIES_DIR): SavedQuery[] {
  return savedQueryNames(dir).map((name) => readSavedQuery(name, dir));
}

export function savedQueryNames(dir: string = SAVED_QUERIES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.slice(0, -'.cypher'.length))
    .sort();
}

export function readSavedQuery(name: string, dir: string = SAVED_QUERIES_DIR): SavedQuery {
  const file = path.join(dir, `${name}.cypher`);
  const text = readFileSync(file, 'utf8');
  return { name, file, text, header: parseQueryHeader(text, `cypher/queries/${name}.cypher`) };
}
