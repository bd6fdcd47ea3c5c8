import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository root, found by walking up from this file to `package.json`. Works the same from
 * `src/` (ts-jest) and from `dist/src/` (compiled), so data folders resolve identically in both.
 */
function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = findRoot(__dirname);
export const CYPHER_DIR = path.join(REPO_ROOT, 'cypher');
export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');
export const SCHEMA_FILE = path.join(REPO_ROOT, 'schema', 'schema.graphql');
export const LAUNCHER_DIR = path.join(REPO_ROOT, 'neo4j-launcher');
/** The trusted documents PERSISTED_ONLY=on answers (written by `npm run persisted:manifest`). */
export const DEFAULT_MANIFEST = path.join(REPO_ROOT, 'schema', 'persisted-operations.json');
