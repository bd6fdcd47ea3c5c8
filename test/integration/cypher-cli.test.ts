import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureFreshBuild } from '../../bin/build-freshness';
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
