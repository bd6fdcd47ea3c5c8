import type { Params, QueryRunner } from '../db/query-runner';
import { CypherCliError } from './cli-error';
import { withUserPositions } from './error-position';
import { formatRows, type OutputFormat } from './format';
import { toDriverParams } from '../db/driver-params';
import type { ResolvedQuery } from './query-argument';

/** The part of the query runner the CLI uses (tests pass a fake). */
export type CypherRunner = Pick<QueryRunner, 'read' | 'write' | 'queryType'>;

export interface RunCypherOptions {
  format: OutputFormat;
  /** Allows a query the planner says writes; without it such a query never runs. */
  write: boolean;
}

export interface RunCypherOutput {
  /** The formatted rows. */
  stdout: string;
  /** Notes for the person at the terminal (write counters), kept out of parseable output. */
  stderr: string;
}

/**
 * Runs one resolved query. The planner classifies it first (EXPLAIN, nothing executes): a read
 * runs in a read transaction; anything else is refused unless `write` is set, so a typo in an
 * analyst's inline query cannot change the shared graph.
 */
export async function runCypher(
  runner: CypherRunner,
  query: ResolvedQuery,
  params: Params,
  options: RunCypherOptions,
): Promise<RunCypherOutput> {
  const cypher = { name: `analyst:${query.name}`, text: stripTrailingSemicolon(query.text) };
  const driverParams = toDriverParams(params);
  // Errors found here are about `EXPLAIN <query>`; the analyst is shown positions in <query>.
  const type = await runner.queryType(cypher, driverParams).catch((err: unknown) => {
    throw withUserPositions(err);
  });
  if (type === 'r') {
    const rows = await runner.read(cypher, driverParams);
    return { stdout: formatRows(rows, options.format), stderr: '' };
  }
  if (!options.write) {
    throw new CypherCliError(
      `this query writes (type ${type}); re-run with --write if you mean it`,
      2,
    );
  }
  const { rows, counters } = await runner.write(cypher, driverParams);
  const changes = Object.entries(counters)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const summary = `changes: ${changes || 'none'}\n`;
  const stdout =
    rows.length > 0 || options.format === 'table' ? formatRows(rows, options.format) : '';
  // A table is for reading, so the counters go under it; CSV and JSON stay parseable.
  return options.format === 'table'
    ? { stdout: stdout + summary, stderr: '' }
    : { stdout, stderr: summary };
}

/** The driver runs one statement; a habitual trailing `;` from cypher-shell is dropped. */
export function stripTrailingSemicolon(text: string): string {
  return text.replace(/;\s*$/, '');
}
