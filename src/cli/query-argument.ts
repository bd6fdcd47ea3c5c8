import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Params } from '../db/query-runner';
import { CypherCliError } from './cli-error';
import {
  parseQueryHeader,
  readSavedQuery,
  SAVED_QUERIES_DIR,
  savedQueryNames,
} from './saved-queries';

/** What the command's one argument turned out to be, with the text to run. */
export interface ResolvedQuery {
  kind: 'saved' | 'file' | 'inline';
  /** The saved query's name, the file's path, or `inline`; it names the query in logs. */
  name: string;
  text: string;
  defaults: Params;
}

export interface ResolveOptions {
  /** Folder of saved queries. */
  dir?: string;
  /** Base for relative file paths (`npm run` moves to the package root; INIT_CWD is the caller's). */
  cwd?: string;
}

// A bare word such as a saved query's name or a file path; anything else (spaces, brackets,
// quotes) can only be Cypher text.
const WORD = /^[\w./\\:~-]+$/;

/**
 * Decides whether the argument is a saved query's name, a `.cypher` file, or inline Cypher, and
 * reads its text and parameter defaults. Names are tried before files, so `sources-for-a-career`
 * is the saved query even when a file of that name sits in the current folder.
 */
export function resolveQueryArgument(arg: string, options: ResolveOptions = {}): ResolvedQuery {
  const dir = options.dir ?? SAVED_QUERIES_DIR;
  const cwd = options.cwd ?? process.cwd();
  const input = arg.trim();
  if (input === '') throw new CypherCliError('the query is empty');
  if (!WORD.test(input)) return inline(input);

  const names = savedQueryNames(dir);
  const asName = input.endsWith('.cypher') ? input.slice(0, -'.cypher'.length) : input;
  if (names.includes(asName) && !input.includes('/')) {
    const saved = readSavedQuery(asName, dir);
    return { kind: 'saved', name: saved.name, text: saved.text, defaults: saved.header.defaults };
  }

  const file = path.resolve(cwd, input);
  if (existsSync(file) && statSync(file).isFile()) {
    const text = readFileSync(file, 'utf8');
    const shown = path.relative(cwd, file) || file;
    return { kind: 'file', name: shown, text, defaults: parseQueryHeader(text, shown).defaults };
  }
  if (input.endsWith('.cypher') || input.includes('/') || input.includes('\\')) {
    throw new CypherCliError(`no such file: ${input} (looked in ${cwd})`);
  }

  const suggestions = closeMatches(input, names);
  throw new CypherCliError(
    `no saved query named "${input}" in cypher/queries/.` +
      (suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : '') +
      ' List them with: npm run cypher -- --list',
  );
}

function inline(text: string): ResolvedQuery {
  return {
    kind: 'inline',
    name: 'inline',
    text,
    defaults: parseQueryHeader(text, 'inline').defaults,
  };
}

// Words that appear in most names and say nothing about which query was meant.
const COMMON_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'by',
  'in',
  'to',
  'with',
  'career',
  'careers',
]);

/**
 * Saved query names close to a mistyped one, best first: names containing it (or contained in
 * it), then small edit distances, then names sharing a distinctive word (spelt alike).
 */
export function closeMatches(input: string, names: readonly string[], max = 5): string[] {
  const wanted = input.toLowerCase();
  const words = wanted.split(/[^a-z0-9]+/).filter((w) => w !== '' && !COMMON_WORDS.has(w));
  const limit = Math.max(3, Math.ceil(wanted.length * 0.4));
  const scored: Array<{ name: string; score: number }> = [];
  for (const name of names) {
    const candidate = name.toLowerCase();
    const distance = editDistance(wanted, candidate);
    let score: number | null = null;
    if (candidate.includes(wanted) || wanted.includes(candidate)) score = 0;
    else if (distance <= limit) score = distance;
    else if (candidate.split('-').some((c) => words.some((w) => similarWords(w, c)))) {
      score = limit + 1;
    }
    if (score !== null) scored.push({ name, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((s) => s.name);
}

/** Two words are alike when one typo or so apart: a quarter of the shorter one's letters. */
function similarWords(a: string, b: string): boolean {
  if (COMMON_WORDS.has(b)) return false;
  return editDistance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 4));
}

/** Levenshtein distance (insert, delete, substitute), one row at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
