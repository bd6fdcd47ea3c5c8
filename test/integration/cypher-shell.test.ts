import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { cypherShellCommand, runCypherShell } from '../../src/local-neo4j/cypher-shell';
import { REPO_ROOT } from '../../src/paths';

/**
 * Neo4j's cypher-shell, fetched by the launcher's Maven build, against the seeded test database
 * with the credentials the configuration supplies (global-setup sets them, as the local data
 * folder's password file does for `npm start`).
 */
const pipes = ['ignore', 'pipe', 'pipe'] as const;

describe('npm run cypher-shell', () => {
  it('answers RETURN apoc.version() through cypher-shell with the configured credentials', async () => {
    const { code, stdout, stderr } = await runCypherShell(
      ['--format', 'plain', 'RETURN apoc.version() AS version'],
      [...pipes],
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^version\n"5\.26\.\d+"\n$/);
  });

  it('runs a question about the graph and prints its rows', async () => {
    const { code, stdout } = await runCypherShell(
      [
        '--format',
        'plain',
        "MATCH (c:Career {slug: 'registered-nurses'}) RETURN c.title AS career",
      ],
      [...pipes],
    );
    expect(code).toBe(0);
    expect(stdout).toBe('career\n"Registered Nurses"\n');
  });

  it('is refused by the server with a wrong password', async () => {
    const { command, args, env } = cypherShellCommand(
      { uri: process.env.NEO4J_URI ?? '', user: 'neo4j', password: 'not-the-password' },
      ['--format', 'plain', 'RETURN 1'],
    );
    const run = spawnSync(command, args, { env, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/unauthorized|authentication failure/i);
  });

  it('keeps the password off the command line', () => {
    const { args, env } = cypherShellCommand(
      { uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 's3cret-value' },
      ['RETURN 1'],
    );
    expect(args.join(' ')).not.toContain('s3cret-value');
    expect(env.NEO4J_PASSWORD).toBe('s3cret-value');
    expect(env.NEO4J_USERNAME).toBe('neo4j');
  });

  it('runs as npm run cypher-shell, from the package script through the bin launcher', () => {
    const run = spawnSync(
      process.execPath,
      [
        path.join(REPO_ROOT, 'bin', 'careers-cypher-shell.js'),
        '--format',
        'plain',
        'RETURN 40 + 2 AS answer',
      ],
      { cwd: REPO_ROOT, encoding: 'utf8', env: process.env, timeout: 120_000 },
    );
    expect(run.stdout).toBe('answer\n42\n');
    expect(run.status).toBe(0);
  });
});
