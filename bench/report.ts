import { readFileSync } from 'node:fs';
import { compactTable, markdownTable, type QuestionResult } from './table';

/**
 * `node dist/bench/report.js bench/results/<file>.json [--compact]`: prints a saved run's markdown
 * table (--compact: one row per question, as in the README).
 */
const file = process.argv[2];
const compact = process.argv.includes('--compact');
if (!file) {
  process.stderr.write('usage: node dist/bench/report.js <results.json>\n');
  process.exit(1);
}
const run = JSON.parse(readFileSync(file, 'utf8')) as { results: QuestionResult[] };
process.stdout.write(`${(compact ? compactTable : markdownTable)(run.results)}\n`);
