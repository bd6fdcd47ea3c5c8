import { Neo4jError } from 'neo4j-driver';

/**
 * A failure the analyst can act on: its message is printed as it is (no stack trace) and the
 * process exits with `exitCode` (1 for mistakes, 2 for a write refused without --write).
 */
export class CypherCliError extends Error {
  override readonly name = 'CypherCliError';

  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/**
 * The message to show for a failure, and the exit code; never a stack trace. Our own errors
 * (bad configuration, Neo4j unavailable or timed out, no Java) already read as instructions.
 */
export function describeFailure(err: unknown): { message: string; exitCode: number } {
  if (err instanceof CypherCliError) return { message: err.message, exitCode: err.exitCode };
  if (err instanceof Neo4jError) {
    if (err.code === 'Neo.ClientError.Statement.ParameterMissing') {
      return { message: `${err.message} (pass it with --param name=value)`, exitCode: 1 };
    }
    return { message: `Neo4j ${err.code}:\n${err.message}`, exitCode: 1 };
  }
  return { message: err instanceof Error ? err.message : String(err), exitCode: 1 };
}
