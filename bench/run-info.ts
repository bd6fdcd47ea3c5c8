import { execSync } from 'node:child_process';
import os from 'node:os';
import { REPO_ROOT } from '../src/paths';

/** What a saved result says of the machine it ran on: figures only compare on the same one. */
export function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    model: cpus[0]?.model ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** The commit a result was measured on, marked when the tree had uncommitted changes. */
export function commit(given?: string): string {
  // A run from an exported tree (git archive) has no .git; the caller names the commit.
  if (given) return given;
  try {
    const sha = execSync('git rev-parse --short HEAD', { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    return dirty.trim() === '' ? sha : `${sha}+uncommitted`;
  } catch {
    return 'unknown';
  }
}
