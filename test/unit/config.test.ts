import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, SHAPE_LIMITS } from '../../src/config';
import { REPO_ROOT } from '../../src/paths';

describe('loadConfig', () => {
  it('uses the local loopback database when NEO4J_URI is unset', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.neo4j).toEqual({ kind: 'local', boltPort: 7687, httpPort: 7474, dir: '.neo4j' });
  });

  it('uses NEO4J_URI with its credentials and database', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://db.example.org',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'careers',
      PORT: '8080',
    });
    expect(config.port).toBe(8080);
    expect(config.neo4j).toEqual({
      kind: 'external',
      uri: 'neo4j+s://db.example.org',
      user: 'reader',
      password: 'secret',
      database: 'careers',
    });
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', LOG_LEVEL: 'loud' })).toThrow(
      /PORT[\s\S]*NEO4J_URI[\s\S]*LOG_LEVEL|PORT[\s\S]*LOG_LEVEL[\s\S]*NEO4J_URI/,
    );
  });

  it('refuses a user without a password for a remote database', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://h:7687', NEO4J_USER: 'u' })).toThrow(
      /NEO4J_USER and NEO4J_PASSWORD together/,
    );
  });

  it('gives the documented request limits when none is set', () => {
    expect(loadConfig({}).limits).toEqual({
      requestTimeoutMs: 8000,
      maxDepth: 8,
      maxAliases: 15,
      maxTokens: 1500,
      maxDirectives: 10,
      maxCost: 20000,
      maxFilterNodes: 100,
      maxStringLength: 200,
      maxResponseFields: 50000,
      maxConcurrent: 8,
      maxQueued: 32,
      maxQueueWaitMs: 240,
      slotGraceMs: 2000,
      headersTimeoutMs: 10000,
      receiveTimeoutMs: 20000,
      maxJsonDepth: 64,
    });
    expect(loadConfig({}).shutdownGraceMs).toBe(10000);
  });

  it('reads each limit from its variable and refuses a limit that is not a positive integer', () => {
    const config = loadConfig({
      MAX_QUERY_DEPTH: '12',
      REQUEST_TIMEOUT_MS: '2500',
      MAX_QUEUED_REQUESTS: '0',
    });
    expect(config.limits.maxDepth).toBe(12);
    expect(config.limits.requestTimeoutMs).toBe(2500);
    expect(config.limits.maxQueued).toBe(0);
    expect(() => loadConfig({ MAX_QUERY_COST: '0' })).toThrow(/MAX_QUERY_COST/);
    expect(() => loadConfig({ MAX_ALIASES: 'many' })).toThrow(/MAX_ALIASES/);
  });

  it('derives the queue wait from the deadline, and refuses a share outside (0, 1)', () => {
    expect(
      loadConfig({ REQUEST_TIMEOUT_MS: '3000', MAX_QUEUE_WAIT_SHARE: '0.25' }).limits
        .maxQueueWaitMs,
    ).toBe(750);
    for (const share of ['0', '1', '-0.1', 'half']) {
      expect(() => loadConfig({ MAX_QUEUE_WAIT_SHARE: share })).toThrow(/MAX_QUEUE_WAIT_SHARE/);
    }
  });

  it('reads the HTTP cache lifetimes, and the manifest only when PERSISTED_ONLY is on', () => {
    expect(loadConfig({}).httpCache).toEqual({
      maxAgeSeconds: 60,
      staleWhileRevalidateSeconds: 30,
      persistedManifest: null,
    });
    const config = loadConfig({
      CACHE_MAX_AGE_SECONDS: '0',
      CACHE_STALE_WHILE_REVALIDATE_SECONDS: '600',
      PERSISTED_ONLY: 'on',
      PERSISTED_MANIFEST: '/srv/manifest.json',
    });
    expect(config.httpCache).toEqual({
      maxAgeSeconds: 0,
      staleWhileRevalidateSeconds: 600,
      persistedManifest: '/srv/manifest.json',
    });
    expect(loadConfig({ PERSISTED_ONLY: 'on' }).httpCache.persistedManifest).toMatch(
      /schema\/persisted-operations\.json$/,
    );
    expect(() => loadConfig({ PERSISTED_ONLY: 'yes' })).toThrow(/PERSISTED_ONLY/);
    expect(() => loadConfig({ CACHE_MAX_AGE_SECONDS: '-1' })).toThrow(/CACHE_MAX_AGE_SECONDS/);
  });

  it('refuses a headers timeout longer than the whole request may take', () => {
    expect(() => loadConfig({ HEADERS_TIMEOUT_MS: '30000', RECEIVE_TIMEOUT_MS: '20000' })).toThrow(
      /HEADERS_TIMEOUT_MS: must not exceed RECEIVE_TIMEOUT_MS/,
    );
    expect(
      loadConfig({ HEADERS_TIMEOUT_MS: '2000', RECEIVE_TIMEOUT_MS: '2000' }).limits,
    ).toMatchObject({ headersTimeoutMs: 2000, receiveTimeoutMs: 2000 });
    expect(() => loadConfig({ MAX_JSON_DEPTH: '0' })).toThrow(/MAX_JSON_DEPTH/);
  });

  it('when docs/limits.md lists the shape limits, then each shows the value SHAPE_LIMITS holds', () => {
    const doc = readFileSync(path.join(REPO_ROOT, 'docs', 'limits.md'), 'utf8').split('\n');
    const value = (label: string): string | undefined =>
      doc
        .find((line) => line.startsWith(`| ${label}`))
        ?.split('|')
        .map((cell) => cell.trim())
        .filter(Boolean)
        .at(-1);
    const s = SHAPE_LIMITS;
    expect(value('`careers(first:)` page size')).toBe(`0–${s.maxPageSize}`);
    expect(doc.join('\n')).toContain(`page size (default ${s.defaultPageSize})`);
    expect(value('`first` of `search`')).toBe(`1–${s.maxListFirst}`);
    expect(value('ids or values in one filter list')).toBe(String(s.maxFilterList));
    expect(value('`and` / `or` / `not` nesting')).toBe(String(s.maxFilterDepth));
    expect(value('keys in one `sort`')).toBe(String(s.maxSortKeys));
    expect(value('careers in one comparison')).toBe(`2–${s.maxCompared}`);
  });

  it('when CYPHER_TRACE is unset, then tracing is allowed on loopback only; on and off override it; anything else is refused', () => {
    expect(loadConfig({}).cypherTrace).toBe(true);
    expect(loadConfig({ HOST: 'localhost' }).cypherTrace).toBe(true);
    expect(loadConfig({ HOST: '::1' }).cypherTrace).toBe(true);
    expect(loadConfig({ HOST: '0.0.0.0' }).cypherTrace).toBe(false);
    expect(loadConfig({ HOST: '10.0.0.5' }).cypherTrace).toBe(false);
    expect(loadConfig({ HOST: '0.0.0.0', CYPHER_TRACE: 'on' }).cypherTrace).toBe(true);
    expect(loadConfig({ CYPHER_TRACE: 'off' }).cypherTrace).toBe(false);
    expect(() => loadConfig({ CYPHER_TRACE: 'yes' })).toThrow(/CYPHER_TRACE/);
  });
});
