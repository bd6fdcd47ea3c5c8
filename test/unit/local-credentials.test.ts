import { chmodSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureLocalCredentials, localCredentials } from '../../src/local-neo4j/credentials';
import { localBrowserUrl } from '../../src/local-neo4j/local-neo4j';

function scratchDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'careers-credentials-'));
}

describe('the local Neo4j password', () => {
  it('is generated once into <dir>/password with mode 0600, then reused', () => {
    const dir = scratchDir();
    expect(localCredentials(dir)).toBeNull();
    const first = ensureLocalCredentials(dir);
    expect(first.user).toBe('neo4j');
    expect(first.password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(first.file).toBe(path.join(dir, 'password'));
    expect(statSync(first.file).mode & 0o777).toBe(0o600);
    expect(ensureLocalCredentials(dir).password).toBe(first.password);
    expect(localCredentials(dir)).toEqual({ user: 'neo4j', password: first.password });
    expect(readFileSync(first.file, 'utf8').trim()).toBe(first.password);
  });

  it('differs from one data folder to another', () => {
    expect(ensureLocalCredentials(scratchDir()).password).not.toBe(
      ensureLocalCredentials(scratchDir()).password,
    );
  });

  it('has its file put back to mode 0600 when someone loosened it', () => {
    const dir = scratchDir();
    const { file } = ensureLocalCredentials(dir);
    chmodSync(file, 0o644);
    ensureLocalCredentials(dir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('the Neo4j Browser address printed at start', () => {
  it('fills in the connection form (neo4j://neo4j@127.0.0.1:<bolt>) so only the password is left', () => {
    const url = new URL(localBrowserUrl(7474, 7687));
    expect(url.origin).toBe('http://127.0.0.1:7474');
    expect(url.pathname).toBe('/browser/');
    expect(url.searchParams.get('dbms')).toBe('neo4j://neo4j@127.0.0.1:7687');
  });
});
