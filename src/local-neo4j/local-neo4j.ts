import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { LAUNCHER_DIR } from '../paths';

/**
 * Starts and stops the project's own Neo4j Community server (fetched from Maven Central by
 * `neo4j-launcher/pom.xml`), bound to loopback. `npm start`, the seed command and the test set-up
 * all use this module, so they run the same database the same way.
 */

export interface LocalNeo4jOptions {
  /** Data folder (created when missing); keep it git-ignored. */
  dir: string;
  boltPort: number;
  /** 0 turns the HTTP connector and Neo4j Browser off. */
  httpPort: number;
  /** Page cache size, e.g. "384m". */
  pageCache?: string;
  /** Progress lines for the person waiting (first run fetches ~140 MB of jars). */
  onProgress?: (line: string) => void;
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  httpUrl: string | null;
  stop(): Promise<void>;
}

export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
}

const ALTERNATIVES =
  'Alternatives: point the API at an existing Neo4j 5 with NEO4J_URI (plus NEO4J_USER, ' +
  'NEO4J_PASSWORD, NEO4J_DATABASE), or run `docker compose up` on a machine with Docker.';

const SUPPORTED_JAVA = new Set([17, 21]);

/** Where to look for Java, in order: LOCAL_NEO4J_JAVA, the Debian JDKs, JAVA_HOME, PATH. */
export function javaCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  return [
    env.LOCAL_NEO4J_JAVA,
    '/usr/lib/jvm/java-17-openjdk-amd64/bin/java',
    '/usr/lib/jvm/java-21-openjdk-amd64/bin/java',
    env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : undefined,
    'java',
  ].filter((c): c is string => c !== undefined && c !== '');
}

/** The first candidate that runs and is Java 17 or 21; otherwise a plain error naming the way out. */
export function findJava(candidates: string[] = javaCandidates()): string {
  const seen: string[] = [];
  for (const java of candidates) {
    const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) continue;
    const major = parseJavaMajor(probe.stderr + probe.stdout);
    if (major !== null && SUPPORTED_JAVA.has(major)) return java;
    seen.push(`${java} (Java ${major ?? '?'})`);
  }
  throw new LocalNeo4jError(
    `Neo4j 5.26 needs Java 17 or 21, and none was found` +
      (seen.length ? ` (found ${seen.join(', ')})` : '') +
      `. Install OpenJDK 17 (e.g. apt-get install openjdk-17-jre-headless) or set LOCAL_NEO4J_JAVA.\n` +
      ALTERNATIVES,
  );
}

export function parseJavaMajor(versionOutput: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m?.[1]) return null;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

function launcherReady(): boolean {
  const lib = path.join(LAUNCHER_DIR, 'lib');
  return (
    existsSync(
      path.join(LAUNCHER_DIR, 'target', 'classes', 'graph', 'launcher', 'LocalNeo4j.class'),
    ) &&
    existsSync(lib) &&
    readdirSync(lib).some((f) => /^neo4j-5\.26\.\d+\.jar$/.test(f))
  );
}

/**
 * Fetches Neo4j's jars with Maven and compiles the launcher, once. Later calls return at once.
 */
export function ensureLauncherBuilt(onProgress: (line: string) => void = () => undefined): void {
  if (launcherReady()) return;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new LocalNeo4jError(
      'Maven (mvn) is needed once, to fetch Neo4j Community from Maven Central, and it was not ' +
        'found. Install it (e.g. apt-get install maven).\n' +
        ALTERNATIVES,
    );
  }
  onProgress('Fetching Neo4j Community 5.26 from Maven Central (first run only, ~140 MB)…');
  const java = findJava();
  const build = spawnSync(
    'mvn',
    ['-B', '-q', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package'],
    {
      encoding: 'utf8',
      env: { ...process.env, JAVA_HOME: path.dirname(path.dirname(resolveExecutable(java))) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  if (build.status !== 0 || !launcherReady()) {
    throw new LocalNeo4jError(
      `Fetching Neo4j with Maven failed (exit ${build.status}):\n${(build.stdout + build.stderr).slice(-2000)}\n` +
        ALTERNATIVES,
    );
  }
}

function resolveExecutable(cmd: string): string {
  if (cmd.includes('/')) return cmd;
  const which = spawnSync('sh', ['-c', `readlink -f "$(command -v ${cmd})"`], { encoding: 'utf8' });
  return which.stdout.trim() || cmd;
}

/** Resolves when something accepts TCP connections on 127.0.0.1:port. */
export function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Asks the OS for a free loopback port (for tests, so runs never collide). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Starts Neo4j and resolves once the launcher reports it ready and Bolt accepts connections. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const onProgress = options.onProgress ?? (() => undefined);
  ensureLauncherBuilt(onProgress);
  const java = findJava();
  for (const port of [options.boltPort, options.httpPort].filter((p) => p > 0)) {
    if (await isPortOpen(port)) {
      throw new LocalNeo4jError(
        `Port ${port} on 127.0.0.1 is already in use. Stop what listens there, choose other ports ` +
          `(LOCAL_NEO4J_BOLT_PORT, LOCAL_NEO4J_HTTP_PORT), or use that database with NEO4J_URI.`,
      );
    }
  }
  const home = path.resolve(options.dir);
  mkdirSync(home, { recursive: true });
  const args = [
    '-Xms1g',
    '-Xmx1g',
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '-cp',
    `${path.join(LAUNCHER_DIR, 'lib')}/*${path.delimiter}${path.join(LAUNCHER_DIR, 'target', 'classes')}`,
    'graph.launcher.LocalNeo4j',
    '--home',
    home,
    '--bolt-port',
    String(options.boltPort),
    '--http-port',
    String(options.httpPort),
    '--pagecache',
    options.pageCache ?? '384m',
  ];
  onProgress(`Starting local Neo4j (bolt://127.0.0.1:${options.boltPort}, data in ${home})…`);
  // stdin stays a pipe: the launcher exits when it closes, so a crashed parent leaves no server.
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  await waitForReady(child, options.startTimeoutMs ?? 120_000, home);

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const killTimer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.once('exit', () => {
        clearTimeout(killTimer);
        resolve();
      });
      child.kill('SIGTERM');
    });
    return stopping;
  };
  return {
    uri: `bolt://127.0.0.1:${options.boltPort}`,
    httpUrl: options.httpPort > 0 ? `http://127.0.0.1:${options.httpPort}` : null,
    stop,
  };
}

function waitForReady(child: ChildProcess, timeoutMs: number, home: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new LocalNeo4jError(
          `Neo4j did not start within ${timeoutMs} ms. Output:\n${output.slice(-3000)}`,
        ),
      );
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('NEO4J_READY')) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        // Keep draining so a full pipe never blocks the server's logging.
        child.stdout?.resume();
        child.stderr?.resume();
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(`Could not run Java: ${err.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!output.includes('NEO4J_READY')) {
        reject(
          new LocalNeo4jError(
            `Neo4j exited during start-up (code ${code}); logs in ${path.join(home, 'logs')}.\n` +
              output.slice(-3000),
          ),
        );
      }
    });
  });
}

/**
 * A throwaway Neo4j for tests and benchmarks: fresh temp folder, free Bolt port, no HTTP. The
 * caller stops it; its folder is left in the OS temp dir.
 */
export async function startScratchNeo4j(
  name: string,
  options: Pick<LocalNeo4jOptions, 'pageCache' | 'onProgress'> = {},
): Promise<LocalNeo4j> {
  return startLocalNeo4j({
    dir: mkdtempSync(path.join(os.tmpdir(), `careers-graph-${name}-`)),
    boltPort: await freePort(),
    httpPort: 0,
    ...options,
  });
}
