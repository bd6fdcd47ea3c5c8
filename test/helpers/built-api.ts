import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/paths';

/** `npx tsc` into node_modules/.cache/<name> (cleaned first), and where its main.js will be. */
function buildCommand(name: string): { args: string[]; main: string } {
  const dir = path.join(REPO_ROOT, 'node_modules', '.cache', name);
  rmSync(dir, { recursive: true, force: true });
  return {
    args: ['tsc', '-p', 'tsconfig.build.json', '--outDir', dir],
    main: path.join(dir, 'src', 'main.js'),
  };
}

function builtMain(main: string): string {
  if (!existsSync(main)) throw new Error(`the build wrote no ${main}`);
  return main;
}

/**
 * Compiles the application into its own folder under node_modules/.cache (git-ignored, so a test
 * never runs a stale dist/) and returns the path of its main.js. A clean folder each time, and type
 * errors elsewhere must not stop the emit: a missing main.js fails the caller.
 */
export function buildApi(name: string): string {
  const { args, main } = buildCommand(name);
  spawnSync('npx', args, { cwd: REPO_ROOT, stdio: 'ignore' });
  return builtMain(main);
}

/** buildApi without blocking the event loop, so a test can start its Neo4j meanwhile. */
export async function buildApiInBackground(name: string): Promise<string> {
  const { args, main } = buildCommand(name);
  await new Promise<void>((resolve) => {
    spawn('npx', args, { cwd: REPO_ROOT, stdio: 'ignore' }).once('exit', () => resolve());
  });
  return builtMain(main);
}

export interface SpawnedApi {
  child: ChildProcess;
  /** Every line it printed, stdout and stderr. */
  lines: string[];
  exited: Promise<number | null>;
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<string>;
}

/** Runs a built main.js as `npm start` would, with `env` as its whole environment. */
export function spawnApi(main: string, env: NodeJS.ProcessEnv): SpawnedApi {
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  const onData = (chunk: Buffer): void => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    for (const w of waiters.splice(0)) w();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const waitForLine = async (pattern: RegExp, timeoutMs: number): Promise<string> => {
    const until = performance.now() + timeoutMs;
    for (;;) {
      const found = lines.find((l) => pattern.test(l));
      if (found) return found;
      if (performance.now() > until || child.exitCode !== null) {
        throw new Error(`no line ${pattern} in:\n${lines.slice(-20).join('\n')}`);
      }
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 200);
      });
    }
  };
  return { child, lines, exited, waitForLine };
}

/** Log lines at error level or above (pino: 50 error, 60 fatal). */
export function errorLines(lines: readonly string[]): string[] {
  return lines.filter((l) => /"level":(5|6)\d/.test(l) || /\bERROR\b/.test(l));
}

/**
 * The environment of `npm start` as a user runs it the first time: its own local Neo4j in
 * `neo4jDir` on `boltPort`, the API on `port`, nothing of the test run's database or NODE_ENV
 * (jest's NODE_ENV=test changes what libraries do on signals).
 */
export function npmStartEnv(port: number, boltPort: number, neo4jDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    LOCAL_NEO4J_DIR: neo4jDir,
    LOCAL_NEO4J_BOLT_PORT: String(boltPort),
    LOCAL_NEO4J_HTTP_PORT: '0',
    LOG_LEVEL: 'info',
    // Seeding is one write transaction (4× this timeout); a busy CI machine may need minutes.
    NEO4J_QUERY_TIMEOUT_MS: '60000',
  };
  delete env.NODE_ENV;
  delete env.NEO4J_URI;
  delete env.NEO4J_USER;
  delete env.NEO4J_PASSWORD;
  return env;
}
