import { rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';
import { freePort, startScratchNeo4j, type LocalNeo4j } from '../../src/local-neo4j/local-neo4j';
import { SEEDS_DIR } from '../../src/paths';
import { loadSeedsAt } from '../../src/seed/load-seeds-at';
import { readSeeds } from '../../src/seed/seed-files';
import { findNginx, startNginx } from '../../scripts/scale/nginx';
import { startScaleTopology, type ScaleTopology } from '../../scripts/scale/topology';
import { buildApiInBackground } from '../helpers/built-api';

/**
 * docs/scaling.md's topology as `npm run scale:demo` runs it: two replicas of the built API,
 * nginx in front (deploy/nginx/nginx.conf.template) and the readiness watcher. On a Neo4j of its
 * own, since one test loads seeds (the version must move) and the shared test graph must not
 * change; replica 2 reaches it through a TCP proxy this file can cut.
 */

const SLUG = 'medical-records-specialists';
const PAY = `{ career(slug: "${SLUG}") { medianPay { annual } } }`;
const CAREER = `{ career(slug: "${SLUG}") { title settings { sharePct setting { name } } credentials { role credential { name } } } }`;

let neo4j: LocalNeo4j;
let main = '';
let proxy: CuttableProxy;
let topology: ScaleTopology;
const logLines: string[] = [];
const statusLog: string[] = [];

/**
 * A GET through nginx (or a replica), as a browser or CDN would send it; `pool`, when given, is
 * the connection pool it goes through (otherwise fetch's shared one).
 */
async function get(
  base: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
  pool?: Agent,
): Promise<{ status: number; headers: Headers; body: { data?: unknown; errors?: unknown } }> {
  const params = new URLSearchParams({ query });
  if (variables) params.set('variables', JSON.stringify(variables));
  const init = {
    // Apollo's CSRF prevention refuses a GET that a plain <form> or <img> could send.
    headers: { 'apollo-require-preflight': 'true', ...headers },
    signal: AbortSignal.timeout(10_000),
  };
  const url = `${base}/graphql?${params}`;
  const res = pool
    ? ((await undiciFetch(url, { ...init, dispatcher: pool })) as unknown as Response)
    : await fetch(url, init);
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: text ? (JSON.parse(text) as { data?: unknown }) : {},
  };
}

const address = (i: number): string => `127.0.0.1:${topology.replicas[i]?.port}`;

/** Forwards a port to Neo4j's Bolt port until cut; restore() listens on the same port again. */
interface CuttableProxy {
  uri: string;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

async function startProxy(targetPort: number): Promise<CuttableProxy> {
  const port = await freePort();
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  const listen = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const s = net.createServer((client) => {
        const upstream = net.connect(targetPort, '127.0.0.1');
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => resolve());
      server = s;
    });
  const cut = async (): Promise<void> => {
    const s = server;
    server = null;
    // Every open Bolt connection dies at once and new ones are refused, as when Neo4j goes away.
    for (const socket of sockets) socket.destroy();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  await listen();
  return { uri: `bolt://127.0.0.1:${port}`, cut, restore: listen, close: cut };
}

describe('two replicas behind nginx (npm run scale:demo)', () => {
  beforeAll(async () => {
    const started = performance.now();
    const building = buildApiInBackground('scale-test');
    neo4j = await startScratchNeo4j('scale', { supervise: false, pageCache: '128m' });
    await loadSeedsAt({ uri: neo4j.uri, ...neo4j.credentials });
    proxy = await startProxy(Number(new URL(neo4j.uri).port));
    main = await building;
    topology = await startScaleTopology({
      main,
      neo4j: { uri: neo4j.uri, ...neo4j.credentials },
      neo4jUriFor: (i) => (i === 1 ? proxy.uri : neo4j.uri),
      // A short max-age so a test can wait it out; the warnings show in a failure's log.
      replicaEnv: {
        CACHE_MAX_AGE_SECONDS: '1',
        CACHE_STALE_WHILE_REVALIDATE_SECONDS: '1',
        LOG_LEVEL: 'warn',
      },
      log: (line) => logLines.push(line),
    });
    statusLog.push(`started in ${Math.round(performance.now() - started)} ms`);
  }, 240_000);

  afterAll(async () => {
    process.stderr.write(`${statusLog.join('\n')}\n`);
    await topology?.stop();
    await proxy?.close();
    await neo4j?.stop();
    if (neo4j) rmSync(neo4j.dir, { recursive: true, force: true });
  }, 60_000);

  it('when the same GET comes twice, then the second is a cache hit with the same answer', async () => {
    const variables = { test: 'repeat' };
    const first = await get(topology.url, CAREER, variables);
    const second = await get(topology.url, CAREER, variables);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache-status')).toBe('MISS');
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=1\b/);
    expect(second.status).toBe(200);
    expect(second.headers.get('x-cache-status')).toBe('HIT');
    expect(second.body).toEqual(first.body);
    expect((second.body.data as { career: { title: string } }).career.title).toBe(
      'Medical Records Specialists',
    );
  });

  it('when a replica reports not ready (its Neo4j cut), then the watcher marks it down and no request reaches it until it is ready again', async () => {
    await proxy.cut();
    await topology.waitForState('api-2', 'not-ready', 10_000);
    const readyz = await fetch(`${topology.replicas[1]?.url}/readyz`);
    expect(readyz.status).toBe(503);
    expect(await readyz.json()).toMatchObject({ ready: false, database: 'down' });
    // The reload has started new workers; the old ones finish what they hold, then leave.
    await new Promise((r) => setTimeout(r, 500));

    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => get(topology.url, PAY, { notReady: i })),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    expect(answers.every((a) => a.body.data !== undefined && a.body.errors === undefined)).toBe(
      true,
    );
    // One address, not "a, b": not even a first attempt went to replica 2.
    expect(new Set(answers.map((a) => a.headers.get('x-upstream')))).toEqual(new Set([address(0)]));
    expect(logLines.some((l) => /watcher: api-2 ready → not-ready \(/.test(l))).toBe(true);

    await proxy.restore();
    await topology.waitForState('api-2', 'ready', 15_000);
    await new Promise((r) => setTimeout(r, 500));
    const after = await Promise.all(
      Array.from({ length: 20 }, (_, i) => get(topology.url, PAY, { readyAgain: i })),
    );
    expect(after.map((a) => a.status)).toEqual(after.map(() => 200));
    expect(after.map((a) => a.headers.get('x-upstream'))).toContain(address(1));
  }, 60_000);

  it('when seeds with a changed figure are loaded, then nginx revalidates after max-age and serves the new figure', async () => {
    const variables = { test: 'revalidate' };
    const before = await get(topology.url, PAY, variables);
    expect(before.status).toBe(200);
    const pay = (before.body.data as { career: { medianPay: { annual: number } } }).career.medianPay
      .annual;
    const cached = await get(topology.url, PAY, variables);
    expect(cached.headers.get('x-cache-status')).toBe('HIT');

    const changed = readSeeds(SEEDS_DIR);
    const career = changed.careers.find((c) => c.slug === SLUG);
    if (!career?.pay) throw new Error(`${SLUG} has no pay in seeds/`);
    career.pay.medianAnnual = pay + 1;
    await loadSeedsAt({ uri: neo4j.uri, ...neo4j.credentials }, changed);

    // Past max-age (1 s) and the replicas' version poll (about 1 s): nginx revalidates with the
    // old tag, the replica's tag has moved, and the new answer replaces the entry. A request that
    // finds the entry being updated gets the stale copy (STALE/UPDATING) meanwhile.
    const statuses: string[] = [];
    const until = performance.now() + 15_000;
    let seen = pay;
    while (seen !== pay + 1 && performance.now() < until) {
      await new Promise((r) => setTimeout(r, 500));
      const now = await get(topology.url, PAY, variables);
      expect(now.status).toBe(200);
      statuses.push(now.headers.get('x-cache-status') ?? '');
      seen = (now.body.data as { career: { medianPay: { annual: number } } }).career.medianPay
        .annual;
    }
    statusLog.push(`after the load: ${statuses.join(' ')}`);
    expect(seen).toBe(pay + 1);
    expect(statuses.every((s) => /^(HIT|STALE|UPDATING|EXPIRED|REVALIDATED|MISS)$/.test(s))).toBe(
      true,
    );
    expect(statuses.some((s) => s !== 'HIT')).toBe(true);
  }, 60_000);

  it('when one replica is killed -9 under load, then every request still answers 200 with data', async () => {
    const total = 300;
    const connections = 4;
    let next = 0;
    let resent = 0;
    const results: Array<{
      status: number;
      ok: boolean;
      upstream: string | null;
      error?: unknown;
    }> = [];
    const victim = topology.replicas[0];
    // The watcher's reload makes nginx's old worker close its idle keep-alive connections, and a
    // request written onto one at that instant meets a closed socket before any answer. HTTP lets
    // a client send an idempotent request again then (RFC 9112 section 9.3.1), and browsers do;
    // fetch does not, so this client does, for that case only, and counts it. The resend may land
    // on another socket the same reload closed, so it may meet it again; but a closed socket is
    // dropped after one such failure, so with a pool of `connections` sockets, one reload costs
    // at most `connections` resends in all.
    const pool = new Agent({ connections });
    const send = async (i: number): Promise<Awaited<ReturnType<typeof get>>> => {
      for (;;) {
        try {
          return await get(topology.url, CAREER, { kill: i }, {}, pool);
        } catch (err) {
          const cause = (err as Error).cause as { code?: string; message?: string } | undefined;
          // "fetch failed": no answer began ("terminated" would be an answer cut short).
          const closedBeforeAnswer =
            (err as Error).message === 'fetch failed' &&
            cause?.code === 'UND_ERR_SOCKET' &&
            cause.message === 'other side closed';
          if (!closedBeforeAnswer || resent >= connections) throw err;
          resent += 1;
        }
      }
    };
    const worker = async (): Promise<void> => {
      while (next < total) {
        const i = next++;
        if (i === total / 3) victim?.child.kill('SIGKILL');
        // A variable no request repeats: every one misses the cache and reaches a replica.
        const res = await send(i).catch((err: unknown) => ({
          status: 0,
          body: { data: undefined, errors: [String(err), String((err as Error).cause)] },
          headers: new Headers(),
        }));
        results.push({
          status: res.status,
          ok: res.body.data !== undefined && res.body.errors === undefined,
          upstream: res.headers.get('x-upstream'),
          ...(res.status !== 200 && { error: res.body.errors }),
        });
      }
    };
    await Promise.all(Array.from({ length: connections }, worker)).finally(() => pool.close());
    expect(victim?.child.signalCode).toBe('SIGKILL');
    expect(results).toHaveLength(total);
    expect(results.filter((r) => r.status !== 200 || !r.ok)).toEqual([]);
    // A resend past `connections` is not made: send throws, and the run above fails. So a reload
    // that closed more sockets than the pool holds, or a socket closed for any other cause, fails
    // this test.
    statusLog.push(`kill -9 under load: ${resent} resent after a reload closed their socket`);
    // The requests after the kill were answered by the survivor (some after a retry).
    expect(results.slice(-50).every((r) => r.upstream?.endsWith(address(1)))).toBe(true);
    await topology.waitForState('api-1', 'down', 5_000);
  }, 90_000);

  it('when one replica cannot start, then the start fails with its cause and the one that started is stopped', async () => {
    const lines: string[] = [];
    const failing = startScaleTopology({
      main,
      neo4j: { uri: neo4j.uri, ...neo4j.credentials },
      // A bad value stops a replica at start-up, before it listens; the other one serves.
      replicaEnv: (i) =>
        i === 1 ? { MAX_JSON_DEPTH: '0', LOG_LEVEL: 'warn' } : { LOG_LEVEL: 'warn' },
      log: (line) => lines.push(line),
    });
    await expect(failing).rejects.toThrow(/api-2/);
    const served = lines.map((l) => /^api-1 serves at (\S+)$/.exec(l)?.[1]).find(Boolean);
    expect(served).toBeDefined();
    // Nothing listens there any more: the started replica was stopped, not left behind.
    await expect(
      fetch(`${served}/healthz`, { signal: AbortSignal.timeout(2000) }),
    ).rejects.toThrow();
  }, 120_000);
});

describe("the template's revalidation (nginx in front of a recording upstream)", () => {
  it('when an entry expires and its tag still holds, then nginx asks with If-None-Match and the 304 keeps the entry', async () => {
    // A stand-in replica that answers as the API does and records what nginx sends it.
    const seen: Array<string | null> = [];
    const upstream = http.createServer((req, res) => {
      if (req.url?.startsWith('/healthz')) return res.end();
      seen.push(req.headers['if-none-match'] ?? null);
      res.setHeader('Cache-Control', 'public, max-age=1, stale-while-revalidate=30');
      res.setHeader('ETag', 'W/"g1-request"');
      if (req.headers['if-none-match'] === 'W/"g1-request"') {
        res.statusCode = 304;
        return res.end();
      }
      res.setHeader('content-type', 'application/json');
      res.end('{"data":{"n":1}}');
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const address = `127.0.0.1:${(upstream.address() as { port: number }).port}`;
    const nginx = await startNginx({
      binary: findNginx(),
      port: await freePort(),
      replicas: [address, address],
    });
    const ask = async (headers: Record<string, string> = {}): Promise<string> => {
      const res = await fetch(`${nginx.url}/graphql?query=x`, { headers });
      await res.text();
      return `${res.status} ${res.headers.get('x-cache-status')}`;
    };
    try {
      expect([await ask(), await ask()]).toEqual(['200 MISS', '200 HIT']);
      // nginx counts validity in whole seconds (valid until the second after next begins), so
      // max-age=1 has surely passed only after 2 s.
      await new Promise((r) => setTimeout(r, 2_100));
      // Expired: the stale copy at once, and one background revalidation.
      expect(await ask()).toBe('200 STALE');
      // Then the revalidated entry, once the background request is back.
      let after = await ask();
      for (let i = 0; i < 30 && /STALE|UPDATING/.test(after); i++) {
        await new Promise((r) => setTimeout(r, 100));
        after = await ask();
      }
      expect(after).toBe('200 HIT');
      // A client holding the tag gets nginx's own 304.
      expect(await ask({ 'if-none-match': 'W/"g1-request"' })).toBe('304 HIT');
      // The upstream ran the request once; the revalidation was a conditional request.
      expect(seen).toEqual([null, 'W/"g1-request"']);
    } finally {
      await nginx.stop();
      await new Promise<void>((resolve) => upstream.close(() => resolve()));
    }
  });
});
