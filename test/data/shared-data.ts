import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../src/paths';

/**
 * The shared reference data: `../shared/data` beside the repository, or SHARED_DATA_DIR. A missing
 * folder is an error, not a reason to skip: these tests are what proves the seeds come from it.
 */
export function sharedDataDir(): string {
  const dir = process.env.SHARED_DATA_DIR ?? path.resolve(REPO_ROOT, '../shared/data');
  if (!fs.existsSync(path.join(dir, 'ooh-2024-34', 'html'))) {
    throw new Error(
      `Shared data not found at ${dir} (expected ooh-2024-34/html inside). ` +
        'Put the shared folder at ../shared beside the repository or set SHARED_DATA_DIR.',
    );
  }
  return dir;
}

export function htmlDir(): string {
  return path.join(sharedDataDir(), 'ooh-2024-34', 'html');
}

/** Every file under a folder, as relative paths, sorted. */
export function listFiles(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    )
    .sort();
}
