import { randomBytes } from 'node:crypto';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { listSavedQueries } from '../../src/cli/saved-queries';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/database';
import { logger } from '../../src/logger';
import {
  freePort,
  LocalNeo4jError,
  passwordFile,
  startLocalNeo4j,
  type LocalNeo4j,
} from '../../src/local-neo4j/local-neo4j';

/**
 * The local Neo4j as a hostile web page or a stranger on the machine meets it: a fresh server of
 * its own, with Neo4j Browser's HTTP port on, as `npm start` runs it.
 *
 * Its password begins with '-', as one generated password in 64 does (base64url): the launcher
 * must still set it rather than read it as an option (a fresh-clone CI run once failed so).
 */
const EVIL = 'http://evil.example';
const DASHED_PASSWORD = `-h${randomBytes(24).toString('base64url')}`;
let local: LocalNeo4j;
let http: string;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'careers-graph-security-'));
  writeFileSync(passwordFile(dir), `${DASHED_PASSWORD}\n`, { mode: 0o600 });
  local = await startLocalNeo4j({
    dir,
    boltPort: await freePort(),
    routingPort: await freePort(),
    httpPort: await freePort(),
    supervise: false,
  });
  http = local.httpUrl ?? '';
}, 120_000);
afterAll(() => local.stop());

function commit(statement: string, headers: Record<string, string>): Promise<Response> {
  return fetch(`${http}/db/neo4j/tx/commit`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    body: JSON.stringify({ statements: [{ statement }] }),
  });
}

const basic = (user: string, password: string): string =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

async function countEvilNodes(): Promise<number> {
  const driver = neo4j.driver(
    local.uri,
    neo4j.auth.basic(local.credentials.user, local.credentials.password),
    { disableLosslessIntegers: true },
  );
  try {
    const { records } = await driver.executeQuery('MATCH (n:Evil) RETURN count(n) AS n');
    return records[0]?.get('n') as number;
  } finally {
    await driver.close();
  }
}

describe('a locked local Neo4j', () => {
  it('keeps its generated password in the data folder, readable by its owner only', () => {
    expect(statSync(passwordFile(local.dir)).mode & 0o777).toBe(0o600);
    expect(local.credentials.password.length).toBeGreaterThanOrEqual(32);
    expect(local.credentials.password).toBe(DASHED_PASSWORD);
  });

  it('refuses Bolt without credentials and with a wrong password, and accepts its own', async () => {
    for (const auth of [undefined, neo4j.auth.basic('neo4j', 'neo4j')]) {
      const driver = neo4j.driver(local.uri, auth);
      await expect(driver.getServerInfo()).rejects.toThrow(/unauthorized|authentication/i);
      await driver.close();
    }
    const driver = neo4j.driver(
      local.uri,
      neo4j.auth.basic(local.credentials.user, local.credentials.password),
    );
    await expect(driver.getServerInfo()).resolves.toMatchObject({
      address: expect.stringContaining('127.0.0.1') as unknown,
    });
    await driver.close();
  });

  it('refuses a cross-origin write without credentials: 401, no CORS grant, nothing written', async () => {
    const res = await commit('CREATE (:Evil {at: timestamp()})', { Origin: EVIL });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).not.toBe('*');
    expect(res.headers.get('access-control-allow-origin')).not.toBe(EVIL);
    expect(await countEvilNodes()).toBe(0);
  });

  it("denies another origin's preflight, so a browser never sends the page's Cypher", async () => {
    const res = await fetch(`${http}/db/neo4j/tx/commit`, {
      method: 'OPTIONS',
      headers: {
        Origin: EVIL,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    const allowed = res.headers.get('access-control-allow-origin');
    expect(allowed).not.toBe('*');
    expect(allowed).not.toBe(EVIL);
  });

  it('even with valid credentials, grants another origin no read of the answer', async () => {
    const res = await commit('RETURN 1 AS one', {
      Origin: EVIL,
      Authorization: basic(local.credentials.user, local.credentials.password),
    });
    const allowed = res.headers.get('access-control-allow-origin');
    expect(allowed).not.toBe('*');
    expect(allowed).not.toBe(EVIL);
  });

  it("grants Neo4j Browser's own origin", async () => {
    const res = await fetch(`${http}/db/neo4j/tx/commit`, {
      method: 'OPTIONS',
      headers: { Origin: http, 'Access-Control-Request-Method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe(http);
  });
});

describe('the password, for the programs that use the local Neo4j', () => {
  const silent = logger.child({}, { level: 'silent' });
  const localConfig = (dir: string) =>
    loadConfig({ LOCAL_NEO4J_BOLT_PORT: new URL(local.uri).port, LOCAL_NEO4J_DIR: dir });

  it('is read from the data folder by openDatabase (API, seed loader, npm run cypher): the configuration names only the folder and port', async () => {
    const db = await openDatabase(localConfig(local.dir), silent);
    try {
      expect(db.isLocal).toBe(true);
      const [row] = await db.runner.read({ name: 'one', text: 'RETURN 1 AS one' });
      expect(row).toEqual({ one: 1 });
    } finally {
      await db.close();
    }
    // Closing a connection to a server another process started leaves that server running.
    expect(local.status()).toBe('running');
  });

  it('when the data folder has no password file, openDatabase says the server on that port is not ours', async () => {
    await expect(openDatabase(localConfig(`${local.dir}-elsewhere`), silent)).rejects.toThrow(
      LocalNeo4jError,
    );
  });
});

describe('Neo4j Browser on the local Neo4j', () => {
  it('is served at the printed address, whose connection form names the local server and user', async () => {
    const url = new URL(local.browserUrl ?? '');
    expect(url.origin).toBe(http);
    const port = new URL(local.uri).port;
    expect(url.searchParams.get('dbms')).toBe(`neo4j://neo4j@127.0.0.1:${port}`);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/<title>Neo4j Browser<\/title>/);
  });

  it('serves a guide with one slide per saved analyst query, and opens it after login', async () => {
    const res = await fetch(`${http}/guides/analysts.html`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const saved = listSavedQueries();
    expect(html.match(/<slide[ >]/g)).toHaveLength(saved.length + 1);
    for (const q of saved) expect(html).toContain(`npm run cypher -- ${q.name}`);
    expect(html).toContain('apoc.path.subgraphAll');

    const driver = neo4j.driver(
      local.uri,
      neo4j.auth.basic(local.credentials.user, local.credentials.password),
    );
    try {
      const { records } = await driver.executeQuery(
        'CALL dbms.clientConfig() YIELD name, value RETURN name, value',
      );
      const config = new Map(
        records.map((r) => [r.get('name') as string, r.get('value') as string]),
      );
      expect(config.get('browser.post_connect_cmd')).toBe(`guide ${http}/guides/analysts.html`);
      expect(config.get('browser.remote_content_hostname_whitelist')).toBe('127.0.0.1');
    } finally {
      await driver.close();
    }
  });
});
