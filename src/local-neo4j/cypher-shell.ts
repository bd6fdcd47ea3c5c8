import { spawn, type StdioOptions } from 'node:child_process';
import { loadConfig } from '../config';
import { connectionFor, type Neo4jConnection } from '../database';
import { logger } from '../logger';
import { findJava } from './java';
import { CYPHER_SHELL_CLASSPATH, ensureLauncherBuilt } from './launcher-build';

/**
 * The command that runs Neo4j's own cypher-shell (fetched by the launcher's Maven build) against
 * a connection. Credentials travel in cypher-shell's own environment variables, never on the
 * command line, where `ps` would show them.
 */
export function cypherShellCommand(
  connection: Pick<Neo4jConnection, 'uri' | 'user' | 'password' | 'database'>,
  userArgs: string[],
  java: string = findJava(),
): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  return {
    command: java,
    args: [
      '-cp',
      CYPHER_SHELL_CLASSPATH,
      'org.neo4j.shell.Main',
      '--address',
      connection.uri,
      ...(connection.database ? ['--database', connection.database] : []),
      ...userArgs,
    ],
    env: {
      ...process.env,
      ...(connection.user !== undefined && { NEO4J_USERNAME: connection.user }),
      ...(connection.password !== undefined && { NEO4J_PASSWORD: connection.password }),
    },
  };
}

/**
 * `npm run cypher-shell -- [cypher-shell options] ["Cypher"]`: cypher-shell connected to the
 * configured database (NEO4J_URI, or the local one, started for the session when it is not
 * running). Resolves with cypher-shell's exit code.
 */
export async function runCypherShell(
  userArgs: string[],
  stdio: StdioOptions = 'inherit',
): Promise<{ code: number; stdout: string; stderr: string }> {
  const log = logger.child({}, { level: 'warn' });
  ensureLauncherBuilt((line) => process.stderr.write(`${line}\n`));
  const connection = await connectionFor(loadConfig(), log);
  if (connection.local) {
    process.stderr.write('cypher-shell: started the local Neo4j for this session\n');
  }
  try {
    const { command, args, env } = cypherShellCommand(connection, userArgs);
    const child = spawn(command, args, { env, stdio });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Ctrl-C belongs to cypher-shell (it cancels the running query), not to this wrapper.
    const ignore = (): void => undefined;
    process.on('SIGINT', ignore);
    try {
      const code = await new Promise<number>((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 130 : 1)));
      });
      return { code, stdout, stderr };
    } finally {
      process.off('SIGINT', ignore);
    }
  } finally {
    await connection.local?.stop();
  }
}

/** Entry point of bin/careers-cypher-shell.js. */
export async function main(argv: string[] = process.argv): Promise<void> {
  try {
    const { code } = await runCypherShell(argv.slice(2));
    process.exitCode = code;
  } catch (err) {
    process.stderr.write(`cypher-shell: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
