import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import type { Row } from '../db/query-runner';

export const OUTPUT_FORMATS = ['table', 'csv', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Lists longer than this, joined, are shown one item per line in a table cell. */
const INLINE_LIST_WIDTH = 60;

/** Renders query rows in the chosen format; the text ends with a newline. */
export function formatRows(rows: readonly Row[], format: OutputFormat): string {
  switch (format) {
    case 'table':
      return formatTable(rows);
    case 'csv':
      return formatCsv(rows);
    case 'json':
      return formatJson(rows);
  }
}

/** Column names in first-seen order (every row of one query has the same keys). */
export function columnsOf(rows: readonly Row[]): string[] {
  const columns = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  return [...columns];
}

/**
 * An aligned table for people: numbers right-aligned, null as an empty cell, lists comma-joined
 * (or one item per line when long), and a row count under it. No colours, so it pipes cleanly.
 */
export function formatTable(rows: readonly Row[]): string {
  if (rows.length === 0) return '(no rows)\n';
  const columns = columnsOf(rows);
  const cells = rows.map((row) =>
    columns.map((column) => {
      const value = row[column];
      return typeof value === 'number'
        ? { content: String(value), hAlign: 'right' as const }
        : tableCell(value);
    }),
  );
  // Lines between rows only when a cell spans several lines; otherwise they just add height.
  const multiLine = cells.some((row) =>
    row.some((cell) => typeof cell === 'string' && cell.includes('\n')),
  );
  const table = new Table({
    head: columns,
    style: { head: [], border: [], compact: !multiLine },
  });
  table.push(...cells);
  return `${table.toString()}\n(${rows.length} row${rows.length === 1 ? '' : 's'})\n`;
}

function tableCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    const items = value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    const joined = items.join(', ');
    return joined.length > INLINE_LIST_WIDTH ? items.join('\n') : joined;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * RFC 4180 CSV with a header row, for spreadsheets: null as an empty field, lists joined with
 * "; " (a spreadsheet shows them in one cell), maps as JSON.
 */
export function formatCsv(rows: readonly Row[]): string {
  const columns = columnsOf(rows);
  if (columns.length === 0) return '';
  return stringify(
    rows.map((row) => columns.map((column) => csvField(row[column]))),
    { header: true, columns },
  );
}

function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('; ');
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The rows as a JSON array, values as the query returned them. */
export function formatJson(rows: readonly Row[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
