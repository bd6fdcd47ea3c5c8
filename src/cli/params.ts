import type { Params } from '../db/query-runner';
import { CypherCliError } from './cli-error';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Types one parameter value the way an analyst types it on the command line (and the way saved
 * queries write their defaults): `null`, `true`/`false`, numbers, JSON after `[`, `{` or `"` (a
 * quoted value stays a string, e.g. `"42"`), anything else as the plain string.
 */
export function parseParamValue(raw: string): unknown {
  const text = raw.trim();
  const lower = text.toLowerCase();
  if (lower === 'null') return null;
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (NUMBER.test(text)) return Number(text);
  if (text.startsWith('[') || text.startsWith('{') || text.startsWith('"')) {
    try {
      return JSON.parse(text) as unknown;
    } catch (err) {
      const what = text.startsWith('[') ? 'list' : text.startsWith('{') ? 'map' : 'string';
      throw new CypherCliError(`not a valid JSON ${what}: ${text} (${(err as Error).message})`);
    }
  }
  return text;
}

/** Splits one `--param key=value` at the first `=`; the value may itself contain `=`. */
export function parseParamOption(option: string): [string, unknown] {
  const eq = option.indexOf('=');
  const key = eq < 0 ? option : option.slice(0, eq);
  if (eq < 0 || !PARAM_NAME.test(key.trim())) {
    throw new CypherCliError(
      `--param ${option}: expected key=value with a parameter name as key, e.g. --param slug=nurse-midwives`,
    );
  }
  try {
    return [key.trim(), parseParamValue(option.slice(eq + 1))];
  } catch (err) {
    throw new CypherCliError(`--param ${key.trim()}: ${(err as Error).message}`);
  }
}

/** Every `--param`, later ones winning, as they would be for any repeated option. */
export function parseParamOptions(options: readonly string[]): Params {
  return Object.fromEntries(options.map(parseParamOption));
}

/**
 * The `$name` parameters a query uses, sorted. Comments and string literals are skipped, so a
 * `$` inside them (a price, a URL) is not mistaken for a parameter.
 */
export function queryParameterNames(text: string): string[] {
  const names = new Set<string>();
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const next = text[i + 1];
    if (ch === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
    } else if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      i = skipQuoted(text, i);
    } else if (ch === '$') {
      const match = /^\$(?:([A-Za-z0-9_]+)|`([^`]+)`)/.exec(text.slice(i));
      const name = match?.[1] ?? match?.[2];
      if (match && name !== undefined) names.add(name);
      i += match ? match[0].length : 1;
    } else {
      i += 1;
    }
  }
  return [...names].sort();
}

/** Index just past the quoted literal or identifier that starts at `start`. */
function skipQuoted(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    // Backslash escapes apply inside string literals; a backtick is escaped by doubling it.
    if (ch === '\\' && quote !== '`') i += 2;
    else if (ch === quote && quote === '`' && text[i + 1] === '`') i += 2;
    else if (ch === quote) return i + 1;
    else i += 1;
  }
  return i;
}

/**
 * Merges the analyst's parameters over the query's defaults and checks that every `$name` the
 * query uses has a value. Returns the merged set and the given names the query never uses (most
 * likely typos, which the CLI warns about).
 */
export function resolveParams(
  text: string,
  defaults: Params,
  given: Params,
): { params: Params; unused: string[] } {
  const used = queryParameterNames(text);
  const params = { ...defaults, ...given };
  const missing = used.filter((name) => !(name in params));
  if (missing.length > 0) {
    const list = missing.map((m) => `$${m}`).join(', ');
    const example = missing.map((m) => `--param ${m}=VALUE`).join(' ');
    throw new CypherCliError(
      `missing parameter${missing.length === 1 ? '' : 's'} ${list}: pass ${example}`,
    );
  }
  return { params, unused: Object.keys(given).filter((name) => !used.includes(name)) };
}
