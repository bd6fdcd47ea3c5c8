import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureFreshBuild } from '../../bin/build-freshness';
import { runCypherShell } from '../../src/local-neo4j/cypher-shell';
import { REPO_ROOT } from '../../src/paths';

/**
 * The analysts' CLI as they start it (bin/careers-cypher.js, which `npm run cypher` and the
 * `careers-cypher` bin run), against the seeded test Neo4j.
 */
const LAUNCHER = path.join(REPO_ROOT, 'bin', 'careers-cypher.js');
const CLI_OUTPUT = path.join('dist', 'src', 'cli', 'cypher-cli.js');

beforeAll(() => {
  // Builds once if the sources changed, as the first `npm run cypher` would.
  ensureFreshBuild(REPO_ROOT, CLI_OUTPUT, () => undefined);
}, 180_000);

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [LAUNCHER, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: process.env.NEO4J_URI },
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The "(line L, column C (offset: O))" of a Neo4j message, as numbers. */
function position(message: string): { line: number; column: number; offset: number } {
  const match = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(message);
  if (!match) throw new Error(`no position in:\n${message}`);
  return { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) };
}

describe('careers-cypher on a query with a syntax error', () => {
  it("reports the line, column and offset of the mistake in the analyst's own text", () => {
    const query = 'MATCH (c:Career RETURN c.title';
    const { status, stdout, stderr } = cli(query);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('Neo.ClientError.Statement.SyntaxError');
    expect(stderr).toContain("Invalid input 'RETURN'");
    const at = query.indexOf('RETURN');
    expect(position(stderr)).toEqual({ line: 1, column: at + 1, offset: at });
    expect(stderr).not.toContain('EXPLAIN');
  });

  it('echoes the line as written, with the caret under the mistake', () => {
    const query = 'MATCH (c:Career RETURN c.title';
    const lines = cli(query).stderr.split('\n');
    const echoed = lines.indexOf(`"${query}"`);
    expect(echoed).toBeGreaterThan(-1);
    const caret = lines[echoed + 1] ?? '';
    expect(caret.trim()).toBe('^');
    expect(lines[echoed]?.slice(caret.indexOf('^'))).toMatch(/^RETURN/);
  });

  it('on a later line, reports that line with its own column and the offset in the text', () => {
    const query = 'MATCH (c:Career)\nWITH c\n  RETRN c.title';
    const { status, stderr } = cli(query);
    expect(status).toBe(1);
    const at = query.indexOf('RETRN');
    expect(position(stderr)).toEqual({ line: 3, column: 3, offset: at });
    expect(stderr).toContain('"  RETRN c.title"');
  });
});

describe('careers-cypher start-up', () => {
  it('when the build is fresh, then it answers without running tsc', () => {
    const { status, stdout, stderr } = cli('RETURN 1 AS one', '--format', 'json');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual([{ one: 1 }]);
    expect(stderr).not.toContain('Building with tsc');
  });
});

describe('careers-cypher with APOC (loaded into the local Neo4j)', () => {
  it('RETURN apoc.version() answers with the APOC release that matches Neo4j 5.26', () => {
    const { status, stdout, stderr } = cli('RETURN apoc.version() AS version', '--format', 'json');
    expect(stderr).not.toMatch(/^cypher:/m);
    expect(status).toBe(0);
    const rows = JSON.parse(stdout) as Array<{ version: string }>;
    expect(rows).toHaveLength(1);
    expect(rows[0]?.version).toMatch(/^5\.26\.\d+/);
  });
});

describe('careers-cypher --from-graphql', () => {
  const OPERATION =
    '{ career(slug: "registered-nurses") { title advancesTo { career { slug } } } careers(first: 2, filter: { licensure: [NOT_REQUIRED] }) { edges { node { slug } } } }';

  it('when given an operation, then it prints each statement it ran after its :param lines, and cypher-shell runs the script', async () => {
    const { status, stdout, stderr } = cli('--from-graphql', OPERATION);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    const headers = stdout.split('\n').filter((l) => /^\/\/ \d+\. /.test(l));
    expect(headers.length).toBeGreaterThanOrEqual(2);
    expect(headers.some((h) => h.includes('api/careers-page') && h.includes('for careers'))).toBe(
      true,
    );
    expect(stdout).toContain(':param keys => ["registered-nurses"]');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'from-graphql-'));
    const script = path.join(dir, 'trace.cypher');
    writeFileSync(script, stdout);
    const shell = await runCypherShell(
      ['--format', 'plain', '-f', script],
      ['ignore', 'pipe', 'pipe'],
    );
    expect({ code: shell.code, stderr: shell.stderr }).toEqual({ code: 0, stderr: '' });
    expect(shell.stdout).toContain('registered-nurses');
  });

  it('when the operation is a .graphql file with --variables, then it is read from there', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'from-graphql-'));
    const file = path.join(dir, 'page.graphql');
    writeFileSync(
      file,
      'query Page($first: Int) { careers(first: $first) { edges { node { slug } } } }',
    );
    const { status, stdout } = cli('--from-graphql', file, '--variables', '{"first": 3}');
    expect(status).toBe(0);
    expect(stdout).toContain(':param limit => 4');
  });

  it('when the input is wrong, then it says what is wrong and exits 1', () => {
    const both = cli('--from-graphql', OPERATION, 'MATCH (n) RETURN n');
    expect([both.status, both.stderr]).toEqual([
      1,
      'cypher: give either a query or --from-graphql, not both\n',
    ]);
    const badVariables = cli('--from-graphql', OPERATION, '--variables', '[1]');
    expect([badVariables.status, badVariables.stderr]).toEqual([
      1,
      'cypher: --variables must be a JSON object\n',
    ]);
    const unknownField = cli('--from-graphql', '{ career(slug: "registered-nurses") { salary } }');
    expect(unknownField.status).toBe(1);
    expect(unknownField.stderr).toContain('Cannot query field "salary"');
    const missing = cli('--from-graphql', 'nowhere.graphql');
    expect([missing.status, missing.stderr]).toEqual([
      1,
      'cypher: no such GraphQL file: nowhere.graphql\n',
    ]);
  });
});
