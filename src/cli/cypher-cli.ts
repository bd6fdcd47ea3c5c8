import { Command, Option } from 'commander';
import pino from 'pino';
import { loadConfig, type Config } from '../config';
import { openDatabase } from '../database';
import { isPortOpen } from '../local-neo4j/local-neo4j';
import { CypherCliError, describeFailure } from './cli-error';
import { OUTPUT_FORMATS, type OutputFormat } from './format';
import { formatQueryList } from './list-queries';
import { parseParamOptions, resolveParams } from './params';
import { resolveQueryArgument } from './query-argument';
import { runCypher } from './run-cypher';
import { listSavedQueries } from './saved-queries';

interface CliOptions {
  param?: string[];
  format: OutputFormat;
  write?: boolean;
  list?: boolean;
  fromGraphql?: string;
  variables?: string;
}

const EXAMPLES = `
Examples:
  npm run cypher -- --list
  npm run cypher -- who-works-in-a-setting --param setting=hospitals
  npm run cypher -- certifications-for-a-career --param slug=registered-nurses \\
    --param kinds='["CERTIFICATION","LICENSE"]' --format csv
  npm run cypher -- ./my-question.cypher --format json
  npm run cypher -- "MATCH (c:Career) RETURN c.title AS career ORDER BY career LIMIT 5"
  npm run cypher -- --from-graphql '{ career(slug: "registered-nurses") { title traits { name } } }'
  npm run cypher -- --from-graphql ./operation.graphql --variables '{"first": 5}' > trace.cypher

Parameter values: numbers, true/false, null and JSON ([..], {..}, "..") are typed; anything else
is a string. Saved queries declare a default for each parameter ("// @param name: default").
Exit codes: 0 done, 1 error, 2 a write refused (re-run with --write if you mean it).`;

/**
 * `npm run cypher`: runs a saved analyst query (cypher/queries/), a `.cypher` file or inline
 * Cypher against the configured database and prints the rows. Read-only unless --write.
 */
const program = new Command('cypher')
  .description(
    'Run a saved analyst query, a .cypher file or inline Cypher against the configured Neo4j ' +
      '(NEO4J_URI, or the local one) and print the rows. Queries that write are refused unless ' +
      '--write is given.',
  )
  .argument('[query]', 'saved query name (see --list), path to a .cypher file, or Cypher text')
  .option(
    '-p, --param <key=value>',
    'query parameter, repeatable; overrides the saved default',
    (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
  )
  .addOption(
    new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'),
  )
  .option('--write', 'run a query even though it writes, and print what it changed')
  .option('-l, --list', 'list the saved queries and the question each answers')
  .option(
    '--from-graphql <operation>',
    'run a GraphQL operation (text or a .graphql file) and print the Cypher it ran, as a cypher-shell script',
  )
  .option('--variables <json>', 'variables for --from-graphql, as a JSON object')
  .addHelpText('after', EXAMPLES)
  .action(async (arg: string | undefined, opts: CliOptions) => {
    if (opts.list) {
      process.stdout.write(formatQueryList(listSavedQueries(), opts.format));
      return;
    }
    if (opts.fromGraphql !== undefined) {
      if (arg !== undefined) {
        throw new CypherCliError('give either a query or --from-graphql, not both');
      }
      await printGraphQLTrace(opts.fromGraphql, opts.variables);
      return;
    }
    if (opts.variables !== undefined) {
      throw new CypherCliError('--variables goes with --from-graphql');
    }
    if (arg === undefined) {
      throw new CypherCliError(
        'give a saved query name, a .cypher file or Cypher text (npm run cypher -- --list)',
      );
    }
    // Everything that can be checked without the database is, so mistakes fail fast.
    const query = resolveQueryArgument(arg, { cwd: process.env.INIT_CWD ?? process.cwd() });
    const { params, unused } = resolveParams(
      query.text,
      query.defaults,
      parseParamOptions(opts.param ?? []),
    );
    for (const name of unused) {
      process.stderr.write(`warning: --param ${name} is not used by the query\n`);
    }
    const config = loadConfig();
    if (config.neo4j.kind === 'local' && !(await isPortOpen(config.neo4j.boltPort))) {
      process.stderr.write(
        `No Neo4j answers on bolt://127.0.0.1:${config.neo4j.boltPort}; starting the local one ` +
          `(data in ${config.neo4j.dir}) for this query…\n`,
      );
    }
    const db = await openDatabase(config, cliLogger(config));
    try {
      const out = await runCypher(db.runner, query, params, {
        format: opts.format,
        write: opts.write === true,
      });
      process.stdout.write(out.stdout);
      process.stderr.write(out.stderr);
    } finally {
      await db.close();
    }
  });

/** Logs go to stderr, and only warnings unless LOG_LEVEL asks for more: stdout is the result. */
function cliLogger(config: Config) {
  return pino(
    { level: process.env.LOG_LEVEL ? config.logLevel : 'warn', base: { tool: 'cypher' } },
    pino.destination(2),
  );
}

async function printGraphQLTrace(operationArg: string, variablesArg: string | undefined) {
  // Loaded only here: the GraphQL schema and server are a second of start-up the other modes skip.
  const { readOperation, traceOperation, traceScript } = await import('./from-graphql');
  const operation = readOperation(operationArg, process.env.INIT_CWD ?? process.cwd());
  let variables: Record<string, unknown> | undefined;
  if (variablesArg !== undefined) {
    const parsed: unknown = (() => {
      try {
        return JSON.parse(variablesArg);
      } catch {
        throw new CypherCliError('--variables must be a JSON object');
      }
    })();
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new CypherCliError('--variables must be a JSON object');
    }
    variables = parsed as Record<string, unknown>;
  }
  const config = loadConfig();
  const db = await openDatabase(config, cliLogger(config));
  try {
    const { statements, errors } = await traceOperation(
      db.runner,
      operation,
      variables,
      config.limits,
    );
    process.stdout.write(traceScript(statements));
    if (errors.length > 0) {
      throw new CypherCliError(`the operation answered with errors: ${errors.join('; ')}`);
    }
  } finally {
    await db.close();
  }
}

/** Runs the CLI on `argv` (node, script, args…); bin/careers-cypher.js calls this. */
export function main(argv: readonly string[]): Promise<void> {
  return program.parseAsync(argv).then(
    () => undefined,
    (err: unknown) => {
      const { message, exitCode } = describeFailure(err);
      process.stderr.write(`cypher: ${message}\n`);
      // exitCode rather than exit(): stdout may still be draining into a pipe.
      process.exitCode = exitCode;
    },
  );
}

if (require.main === module) void main(process.argv);
