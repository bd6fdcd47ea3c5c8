import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../src/paths';
import { renderNginxConfig, type NginxSettings } from './nginx-config';

/** Where an nginx fetched without installing lives: git-ignored, kept between runs. */
export const NGINX_CACHE_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'nginx');
const FETCHED_BINARY = path.join(NGINX_CACHE_DIR, 'usr', 'sbin', 'nginx');

export class NginxUnavailableError extends Error {
  override readonly name = 'NginxUnavailableError';
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * An nginx to run: one on PATH, Debian's /usr/sbin/nginx (not on a normal user's PATH), one
 * fetched before, or Debian's package fetched now without installing it (`apt-get download`, then
 * `dpkg-deb -x` into node_modules/.cache/nginx/; no root needed, nothing outside the repository
 * changes). The package's binary needs only libraries every Debian has (libc, pcre2, ssl, zlib).
 */
export function findNginx(onProgress: (line: string) => void = () => undefined): string {
  const onPath = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, 'nginx'));
  const found = [...onPath, '/usr/sbin/nginx', FETCHED_BINARY].find(isExecutable);
  if (found) return found;

  onProgress(`No nginx installed: fetching Debian's package into ${NGINX_CACHE_DIR} (once)…`);
  const download = mkdtempSync(path.join(os.tmpdir(), 'careers-graph-nginx-deb-'));
  try {
    const got = spawnSync('apt-get', ['download', 'nginx'], { cwd: download, encoding: 'utf8' });
    const deb = readdirSync(download).find((f) => f.endsWith('.deb'));
    if (got.status !== 0 || deb === undefined) {
      throw new NginxUnavailableError(
        `No nginx found (PATH, /usr/sbin/nginx, ${FETCHED_BINARY}) and \`apt-get download nginx\` ` +
          `failed${got.error ? ` (${got.error.message})` : `: ${got.stderr.trim()}`}.\n` +
          `Install it (Debian/Ubuntu: sudo apt-get install nginx; macOS: brew install nginx) and ` +
          `run this again; only the binary is used, the system's nginx service may stay stopped.`,
      );
    }
    mkdirSync(NGINX_CACHE_DIR, { recursive: true });
    const unpacked = spawnSync('dpkg-deb', ['-x', path.join(download, deb), NGINX_CACHE_DIR], {
      encoding: 'utf8',
    });
    if (unpacked.status !== 0 || !isExecutable(FETCHED_BINARY)) {
      throw new NginxUnavailableError(
        `Unpacking ${deb} failed: ${unpacked.stderr?.trim() || unpacked.error?.message}. ` +
          `Install nginx (sudo apt-get install nginx) and run this again.`,
      );
    }
    return FETCHED_BINARY;
  } finally {
    rmSync(download, { recursive: true, force: true });
  }
}

export interface NginxOptions {
  binary: string;
  port: number;
  replicas: readonly string[];
  /** Every line nginx writes to its error log (stderr). */
  onLog?: (line: string) => void;
}

export interface RunningNginx {
  url: string;
  /** nginx's master process (a child: `daemon off`). */
  child: ChildProcess;
  /** The rendered configuration now in force. */
  config(): string;
  /**
   * Marks replicas down (by index, as given) and reloads: the master re-reads the file on SIGHUP,
   * starts new workers and lets the old ones finish what they hold.
   */
  setDown(down: readonly boolean[]): void;
  stop(): Promise<void>;
}

/**
 * Runs nginx unprivileged on 127.0.0.1 with the repository's template, everything it writes in a
 * temp folder (`-p`): config, pid, cache, temp files. As root (CI), nginx would run its workers as
 * `nobody`, which cannot enter a 0700 root-owned temp folder; the folder is opened for traversal
 * and the master, which creates the cache and temp folders, hands them to that user.
 */
export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'careers-graph-nginx-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chmodSync(dir, 0o711);
  const file = path.join(dir, 'nginx.conf');
  let down = options.replicas.map(() => false);
  let rendered = '';
  const write = (): void => {
    rendered = renderNginxConfig({
      listen: `127.0.0.1:${options.port}`,
      stateDir: dir,
      accessLog: 'off',
      replicas: options.replicas.map((address, i) => ({ address, down: down[i] ?? false })),
    } satisfies NginxSettings);
    writeFileSync(file, rendered);
  };
  write();
  const globals = asRoot ? 'daemon off; user nobody nogroup;' : 'daemon off;';
  const child = spawn(options.binary, ['-p', dir, '-c', file, '-e', 'stderr', '-g', globals], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const lines: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      lines.push(line);
      options.onLog?.(line);
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitForListening(url, child, lines);
  } catch (err) {
    child.kill('SIGKILL');
    await exited;
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    url,
    child,
    config: () => rendered,
    setDown: (next) => {
      down = [...next];
      write();
      child.kill('SIGHUP');
    },
    stop: async () => {
      // SIGQUIT: graceful, the workers finish the requests they hold.
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForListening(url: string, child: ChildProcess, lines: string[]): Promise<void> {
  const until = performance.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new NginxUnavailableError(`nginx exited at start:\n${lines.join('\n')}`);
    }
    try {
      await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      if (performance.now() > until) {
        throw new NginxUnavailableError(`nginx did not listen on ${url}:\n${lines.join('\n')}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
