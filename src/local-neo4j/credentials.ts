import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The local Neo4j's one user: its built-in admin. */
export const LOCAL_NEO4J_USER = 'neo4j';

export interface LocalCredentials {
  user: string;
  password: string;
}

export function passwordFile(dir: string): string {
  return path.join(path.resolve(dir), 'password');
}

/**
 * The local Neo4j's credentials, from `<dir>/password`, or null when that file does not exist yet
 * (no local Neo4j was ever started with this data folder).
 */
export function localCredentials(dir: string): LocalCredentials | null {
  const file = passwordFile(dir);
  if (!existsSync(file)) return null;
  const password = readFileSync(file, 'utf8').trim();
  return password === '' ? null : { user: LOCAL_NEO4J_USER, password };
}

/**
 * Reads the password, generating it on first use. The file is created exclusively, so two
 * processes starting at once cannot end up with different passwords, and kept at mode 0600.
 */
export function ensureLocalCredentials(dir: string): LocalCredentials & { file: string } {
  const file = passwordFile(dir);
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) {
    try {
      // 24 random bytes: 32 URL-safe characters, nothing a shell or a URL needs to escape.
      writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, {
        mode: 0o600,
        flag: 'wx',
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  if ((statSync(file).mode & 0o777) !== 0o600) chmodSync(file, 0o600);
  const credentials = localCredentials(dir);
  if (!credentials) throw new Error(`${file} is empty: delete it and the data folder's data/`);
  return { ...credentials, file };
}
