import { type ChildProcess, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LAUNCHER_DIR } from '../paths';
import { writeBrowserGuide } from './browser-guide';
import { ensureLocalCredentials, type LocalCredentials } from './credentials';

import { APOC_ALLOWLIST, ensureLauncherBuilt, PLUGINS_DIR } from './launcher-build';
import { findJava } from './java';
import { freePort, isPortOpen } from './ports';
import { LocalNeo4jError } from './local-neo4j-error';

// This file is the folder's face: callers import the local Neo4j's whole surface from here.
export { LocalNeo4jError } from './local-neo4j-error';
export { findJava, javaCandidates, parseJavaMajor } from './java';
export {
  APOC_ALLOWLIST,
  CYPHER_SHELL_CLASSPATH,
  ensureLauncherBuilt,
  PLUGINS_DIR,
} from './launcher-build';
export { freePort, isPortOpen } from './ports';
export {
  LOCAL_NEO4J_USER,
  localCredentials,
  passwordFile,
  type LocalCredentials,
} from './credentials';

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
  /** Port of the server-side routing connector; 0 leaves routing off. */
  routingPort?: number;
  /** Page cache size, e.g. "384m". */
  pageCache?: string;
  /** Progress lines for the person waiting (first run fetches ~140 MB of jars). */
  onProgress?: (line: string) => void;
  startTimeoutMs?: number;
  /** Restart the server when it dies (default true); see {@link LocalNeo4j.on}. */
  supervise?: boolean;
  /** First restart delay, doubled after each failed attempt up to `maxRestartDelayMs`. */
  restartDelayMs?: number;
  maxRestartDelayMs?: number;
}

/** `running` → (dies) → `restarting` → `running` …; `stopped` once stop() was called. */
export type LocalNeo4jStatus = 'running' | 'restarting' | 'stopped';

export interface LocalNeo4jEvents {
  /** The server process ended without stop() being called. */
  exit: [{ code: number | null; signal: NodeJS.Signals | null }];
  /** A restart is scheduled in `delayMs`; `attempt` counts from 1 since the last good start. */
  restarting: [{ attempt: number; delayMs: number }];
  /** The server answers again. */
  restarted: [{ attempt: number; pid: number | undefined }];
  /** One restart attempt failed; another follows (see `restarting`). */
  'restart-failed': [{ attempt: number; error: Error }];
}

export interface LocalNeo4j {
  /** `bolt://127.0.0.1:<bolt port>`. */
  uri: string;
  httpUrl: string | null;
  /** Neo4j Browser, with the connection form filled in except for the password. */
  browserUrl: string | null;
  /** The user and generated password (also in `<dir>/password`, mode 0600). */
  credentials: LocalCredentials;
  /** The data folder. */
  dir: string;
  /** The Java process's id now (it changes when supervision restarts it). */
  pid(): number | undefined;
  status(): LocalNeo4jStatus;
  on<E extends keyof LocalNeo4jEvents>(
    event: E,
    listener: (...args: LocalNeo4jEvents[E]) => void,
  ): () => void;
  /** Stops the server (SIGTERM; SIGKILL after `timeoutMs`, default 30 s) and any restart. */
  stop(timeoutMs?: number): Promise<void>;
}

/** The Java process id file the launcher's parent keeps in the data folder, for tests and ops. */
export function pidFile(dir: string): string {
  return path.join(path.resolve(dir), 'neo4j.pid');
}

/**
 * Neo4j Browser's address with the connection form filled in (`neo4j://neo4j@127.0.0.1:<bolt>`),
 * so logging in is one step: paste the password.
 */
export function localBrowserUrl(httpPort: number, boltPort: number, user = 'neo4j'): string {
  const dbms = `neo4j://${user}@127.0.0.1:${boltPort}`;
  return `http://127.0.0.1:${httpPort}/browser/?dbms=${encodeURIComponent(dbms)}&db=neo4j`;
}

/**
 * Starts Neo4j and resolves once the launcher reports it ready and Bolt accepts connections.
 * Auth is on: the password is generated once into `<dir>/password` (mode 0600) and set before the
 * first start. Unless `supervise` is false, a server that dies is restarted with backoff.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const onProgress = options.onProgress ?? (() => undefined);
  ensureLauncherBuilt(onProgress);
  const java = findJava();
  const routingPort = options.routingPort ?? 0;
  for (const port of [options.boltPort, options.httpPort, routingPort].filter((p) => p > 0)) {
    if (await isPortOpen(port)) {
      throw new LocalNeo4jError(
        `Port ${port} on 127.0.0.1 is already in use. Stop what listens there, choose other ports ` +
          `(LOCAL_NEO4J_BOLT_PORT, LOCAL_NEO4J_HTTP_PORT), or use that database with NEO4J_URI.`,
      );
    }
  }
  const home = path.resolve(options.dir);
  mkdirSync(home, { recursive: true });
  const credentials = ensureLocalCredentials(home);
  const guide = options.httpPort > 0 ? writeBrowserGuide(home) : null;
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
    '--routing-port',
    String(routingPort),
    '--password-file',
    credentials.file,
    '--plugins',
    PLUGINS_DIR,
    '--procedures',
    APOC_ALLOWLIST.join(','),
    '--pagecache',
    options.pageCache ?? '384m',
    ...(guide ? ['--guide', guide] : []),
  ];
  const startTimeoutMs = options.startTimeoutMs ?? 120_000;
  const launch = async (): Promise<ChildProcess> => {
    // stdin stays a pipe: the launcher exits when it closes, so a crashed parent leaves no server.
    const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    await waitForReady(child, startTimeoutMs, home);
    if (child.pid !== undefined) writeFileSync(pidFile(home), `${child.pid}\n`);
    return child;
  };
  onProgress(`Starting local Neo4j (bolt://127.0.0.1:${options.boltPort}, data in ${home})…`);
  const first = await launch();
  return new SupervisedNeo4j(first, launch, {
    supervise: options.supervise ?? true,
    restartDelayMs: options.restartDelayMs ?? 1_000,
    maxRestartDelayMs: options.maxRestartDelayMs ?? 30_000,
    home,
    handle: {
      uri: `bolt://127.0.0.1:${options.boltPort}`,
      httpUrl: options.httpPort > 0 ? `http://127.0.0.1:${options.httpPort}` : null,
      browserUrl:
        options.httpPort > 0
          ? localBrowserUrl(options.httpPort, options.boltPort, credentials.user)
          : null,
      credentials: { user: credentials.user, password: credentials.password },
      dir: home,
    },
  });
}

interface SupervisorSettings {
  supervise: boolean;
  restartDelayMs: number;
  maxRestartDelayMs: number;
  home: string;
  handle: Pick<LocalNeo4j, 'uri' | 'httpUrl' | 'browserUrl' | 'credentials' | 'dir'>;
}

/** A server that ran this long before dying starts the backoff again from its first step. */
const HEALTHY_RUN_MS = 60_000;

/**
 * Keeps one launcher process alive: when it exits unasked, it is started again after 1 s, 2 s,
 * 4 s … (capped), with events for each step, until stop() is called. Neo4j replays its transaction
 * log on the next start, so committed data survives a kill -9.
 */
class SupervisedNeo4j implements LocalNeo4j {
  readonly uri: string;
  readonly httpUrl: string | null;
  readonly browserUrl: string | null;
  readonly credentials: LocalCredentials;
  readonly dir: string;
  private child: ChildProcess | null;
  private state: LocalNeo4jStatus = 'running';
  private readonly events = new EventEmitter();
  private restartTimer: NodeJS.Timeout | null = null;
  private attempt = 0;
  private startedAt = Date.now();
  private stopping: Promise<void> | null = null;

  constructor(
    first: ChildProcess,
    private readonly launch: () => Promise<ChildProcess>,
    private readonly settings: SupervisorSettings,
  ) {
    ({
      uri: this.uri,
      httpUrl: this.httpUrl,
      browserUrl: this.browserUrl,
      credentials: this.credentials,
      dir: this.dir,
    } = settings.handle);
    this.child = first;
    this.watch(first);
  }

  pid(): number | undefined {
    return this.child?.pid;
  }

  status(): LocalNeo4jStatus {
    return this.state;
  }

  on<E extends keyof LocalNeo4jEvents>(
    event: E,
    listener: (...args: LocalNeo4jEvents[E]) => void,
  ): () => void {
    const l = listener as (...args: unknown[]) => void;
    this.events.on(event, l);
    return () => this.events.off(event, l);
  }

  private emit<E extends keyof LocalNeo4jEvents>(event: E, ...args: LocalNeo4jEvents[E]): void {
    this.events.emit(event, ...args);
  }

  private watch(child: ChildProcess): void {
    child.once('exit', (code, signal) => {
      if (this.child !== child || this.state === 'stopped') return;
      this.child = null;
      this.emit('exit', { code, signal });
      if (!this.settings.supervise) {
        this.state = 'stopped';
        return;
      }
      if (Date.now() - this.startedAt >= HEALTHY_RUN_MS) this.attempt = 0;
      this.scheduleRestart();
    });
  }

  private scheduleRestart(): void {
    this.state = 'restarting';
    this.attempt += 1;
    const delayMs = Math.min(
      this.settings.restartDelayMs * 2 ** (this.attempt - 1),
      this.settings.maxRestartDelayMs,
    );
    this.emit('restarting', { attempt: this.attempt, delayMs });
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      void this.restart();
    }, delayMs);
  }

  private async restart(): Promise<void> {
    try {
      const child = await this.launch();
      if (this.state === 'stopped') {
        // stop() came while this start was under way: end what just started.
        await terminate(child, 30_000);
        return;
      }
      this.child = child;
      this.state = 'running';
      this.startedAt = Date.now();
      this.watch(child);
      this.emit('restarted', { attempt: this.attempt, pid: child.pid });
    } catch (err) {
      if (this.state === 'stopped') return;
      this.emit('restart-failed', { attempt: this.attempt, error: err as Error });
      this.scheduleRestart();
    }
  }

  stop(timeoutMs = 30_000): Promise<void> {
    this.stopping ??= (async () => {
      this.state = 'stopped';
      if (this.restartTimer) clearTimeout(this.restartTimer);
      const child = this.child;
      this.child = null;
      if (child) await terminate(child, timeoutMs);
      rmSync(pidFile(this.settings.home), { force: true });
    })();
    return this.stopping;
  }
}

/** SIGTERM, then SIGKILL if the process is still there after `timeoutMs`. */
function terminate(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const killTimer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    child.kill('SIGTERM');
  });
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
 * A throwaway Neo4j for tests and benchmarks: fresh temp folder, free Bolt and routing ports, no
 * HTTP unless asked for, auth on with its own password. The caller stops it; its folder is left in
 * the OS temp dir.
 */
export async function startScratchNeo4j(
  name: string,
  {
    newStore,
    ...options
  }: Partial<Omit<LocalNeo4jOptions, 'dir' | 'boltPort' | 'routingPort'>> & {
    /** Fills the new, empty folder before the server first starts (a bulk import). */
    newStore?: (home: string) => Promise<void>;
  } = {},
): Promise<LocalNeo4j> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `careers-graph-${name}-`));
  await newStore?.(dir);
  return startLocalNeo4j({
    dir,
    boltPort: await freePort(),
    routingPort: await freePort(),
    httpPort: 0,
    ...options,
  });
}
