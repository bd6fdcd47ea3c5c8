import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, isPortOpen } from '../../src/local-neo4j/local-neo4j';
import { REPO_ROOT } from '../../src/paths';
import { postGraphQL, type HttpGqlAnswer } from '../helpers/http-graphql';

/** The compiled application, built once for this file (node_modules is git-ignored). */
const BUILD_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'shutdown-test');
const MAIN = path.join(BUILD_DIR, 'src', 'main.js');

const HEAVY =
  '{ careers(first: 100) { edges { node { slug settings { sharePct setting { name } } credentials { credential { name } } traits { name } similarOccupations { slug } } } } }';

interface Api {
  child: ChildProcess;
  url: string;
  boltPort: number;
  lines: string[];
  exited: Promise<number | null>;
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<string>;
}

/**
 * `npm start` as a user runs it: the built main.js with its own local Neo4j (fresh data folder,
 * free ports), which it starts and seeds.
 */
async function startApi(): Promise<Api> {
  const boltPort = await freePort();
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    LOCAL_NEO4J_DIR: mkdtempSync(path.join(os.tmpdir(), 'careers-graph-shutdown-')),
    LOCAL_NEO4J_BOLT_PORT: String(boltPort),
    LOCAL_NEO4J_HTTP_PORT: '0',
    LOG_LEVEL: 'info',
    // Seeding is one write transaction (4× this timeout); a busy CI machine may need minutes.
    NEO4J_QUERY_TIMEOUT_MS: '60000',
  };
  // As a user runs it: jest's NODE_ENV=test changes what libraries do on signals.
  delete env.NODE_ENV;
  delete env.NEO4J_URI;
  delete env.NEO4J_USER;
  delete env.NEO4J_PASSWORD;
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
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
  await waitForLine(/GraphQL API at/, 240_000);
  return { child, url: `http://127.0.0.1:${port}`, boltPort, lines, exited, waitForLine };
}

/** Log lines at error level or above (pino: 50 error, 60 fatal). */
function errorLines(lines: readonly string[]): string[] {
  return lines.filter((l) => /"level":(5|6)\d/.test(l) || /\bERROR\b/.test(l));
}

describe('one clean stop path (the built server, with its local Neo4j)', () => {
  beforeAll(() => {
    // A clean folder (no stale modules); type errors elsewhere must not stop the emit, and a
    // missing main.js fails the tests below.
    rmSync(BUILD_DIR, { recursive: true, force: true });
    spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', BUILD_DIR], {
      cwd: REPO_ROOT,
      stdio: 'ignore',
    });
    expect(existsSync(MAIN)).toBe(true);
  }, 240_000);

  it('when SIGTERM arrives with requests in flight, then they all finish, newcomers get 503, Neo4j stops, the exit code is 0 and no error is logged', async () => {
    const api = await startApi();
    try {
      let answered = 0;
      const inFlight = Array.from({ length: 12 }, () =>
        postGraphQL(api.url, HEAVY).then((a) => {
          answered += 1;
          return a;
        }),
      );
      // SIGTERM only once all 12 reached the server (admitted, or already answered): one that
      // arrives after it is a newcomer and rightly refused.
      const until = performance.now() + 30_000;
      for (;;) {
        const answeredBefore = answered;
        const ready = (await (await fetch(`${api.url}/readyz`)).json()) as {
          requestsInFlight: number;
        };
        if (ready.requestsInFlight + answeredBefore >= 12) break;
        if (performance.now() > until) throw new Error('the 12 requests never reached the server');
        await new Promise((r) => setTimeout(r, 10));
      }
      api.child.kill('SIGTERM');
      await api.waitForLine(/shutting down/, 10_000);
      const newcomer = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { careerCount } }' }),
      }).then(
        async (res) => ({ status: res.status, body: (await res.json()) as HttpGqlAnswer['json'] }),
        () => null,
      );
      const answers = await Promise.all(inFlight);
      expect(answers.map((a) => [a.status, a.json.errors])).toEqual(
        answers.map(() => [200, undefined]),
      );
      // Refused while the others drained (or, if they had all finished, the port was closed).
      if (newcomer) {
        expect(newcomer.status).toBe(503);
        expect(newcomer.body.errors?.[0]?.extensions?.code).toBe('SHUTTING_DOWN');
      }
      expect(await api.exited).toBe(0);
      expect(await isPortOpen(api.boltPort)).toBe(false);
      expect(errorLines(api.lines)).toEqual([]);
    } finally {
      api.child.kill('SIGKILL');
    }
  }, 300_000);

  it('when a second signal arrives during the drain, then it exits at once, with Neo4j stopped', async () => {
    const api = await startApi();
    try {
      const inFlight = Array.from({ length: 12 }, () =>
        postGraphQL(api.url, HEAVY).catch(() => null),
      );
      await new Promise((r) => setTimeout(r, 100));
      api.child.kill('SIGTERM');
      await api.waitForLine(/shutting down/, 10_000);
      api.child.kill('SIGINT');
      expect(await api.exited).toBe(1);
      expect(await isPortOpen(api.boltPort)).toBe(false);
      await Promise.all(inFlight);
    } finally {
      api.child.kill('SIGKILL');
    }
  }, 300_000);
});
