import { formatRows, type OutputFormat } from './format';
import { parseParamValue } from './params';
import type { SavedQuery } from './saved-queries';

/**
 * The `--list` output: each saved query's name, the question it answers and its parameter
 * defaults. As a table it is plain aligned text, one query a line, for a terminal.
 */
export function formatQueryList(queries: readonly SavedQuery[], format: OutputFormat): string {
  const rows = queries.map((q) => ({
    name: q.name,
    question: q.header.question ?? '',
    params: Object.entries(q.header.defaults).map(([k, v]) => `${k}=${typedAs(v)}`),
  }));
  if (format !== 'table') return formatRows(rows, format);
  const width = Math.max(0, ...rows.map((r) => r.name.length));
  return rows
    .map((r) => {
      const params = r.params.length > 0 ? `  [${r.params.join(' ')}]` : '';
      return `${r.name.padEnd(width)}  ${r.question}${params}\n`;
    })
    .join('');
}

/** A default as one would type it after --param: plain when it reads back the same, else JSON. */
function typedAs(value: unknown): string {
  return typeof value === 'string' && parseParamValue(value) === value
    ? value
    : JSON.stringify(value);
}
