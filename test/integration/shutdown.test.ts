import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, isPortOpen } from '../../src/local-neo4j/local-neo4j';
import { buildApi, errorLines, npmStartEnv, spawnApi, type SpawnedApi } from '../helpers/built-api';
import { postGraphQL, type HttpGqlAnswer } from '../helpers/http-graphql';

const HEAVY =
  '{ careers(first: 100) { edges { node { slug settings { sharePct setting { name } } credentials { credential { name } } traits { name } similarOccupations { slug } } } } }';

interface Api extends SpawnedApi {
  url: string;
  boltPort: number;
}

let main = '';

/**
 * `npm start` as a user runs it: the built main.js with its own local Neo4j (fresh data folder,
 * free ports), which it starts and seeds.
 */
async function startApi(): Promise<Api> {
  const boltPort = await freePort();
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'careers-graph-shutdown-'));
  // Twelve heavy requests must all be admitted at once (none queued, none shed): the drain is
  // what is tested here, not admission.
  const api = spawnApi(main, {
    ...npmStartEnv(port, boltPort, dir),
    MAX_CONCURRENT_REQUESTS: '16',
  });
  await api.waitForLine(/GraphQL API at/, 240_000);
  return { ...api, url: `http://127.0.0.1:${port}`, boltPort };
}

describe('one clean stop path (the built server, with its local Neo4j)', () => {
  beforeAll(() => {
    main = buildApi('shutdown-test');
  }, 240_000);

  it('when SIGTERM arrives with requests in flight, then they all finish, newcomers get 503, Neo4j stops, the exit code is 0 and no error is logged', async () => {
    const api = await startApi();
    try {
      let answered = 0;
      const inFlight = Array.from({ length: 12 }, () =>
        postGraphQL(api.url, HEAVY).then((a) => {
          answered += 1;
          return a;
        }),
      );
      // SIGTERM only once all 12 reached the server (admitted, or already answered): one that
      // arrives after it is a newcomer and rightly refused.
      const until = performance.now() + 30_000;
      for (;;) {
        const answeredBefore = answered;
        const ready = (await (await fetch(`${api.url}/readyz`)).json()) as {
          requestsInFlight: number;
        };
        if (ready.requestsInFlight + answeredBefore >= 12) break;
        if (performance.now() > until) throw new Error('the 12 requests never reached the server');
        await new Promise((r) => setTimeout(r, 10));
      }
      api.child.kill('SIGTERM');
      await api.waitForLine(/shutting down/, 10_000);
      const newcomer = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { careerCount } }' }),
      }).then(
        async (res) => ({ status: res.status, body: (await res.json()) as HttpGqlAnswer['json'] }),
        () => null,
      );
      const answers = await Promise.all(inFlight);
      expect(answers.map((a) => [a.status, a.json.errors])).toEqual(
        answers.map(() => [200, undefined]),
      );
      // Refused while the others drained (or, if they had all finished, the port was closed).
      if (newcomer) {
        expect(newcomer.status).toBe(503);
        expect(newcomer.body.errors?.[0]?.extensions?.code).toBe('SHUTTING_DOWN');
      }
      expect(await api.exited).toBe(0);
      expect(await isPortOpen(api.boltPort)).toBe(false);
      expect(errorLines(api.lines)).toEqual([]);
    } finally {
      api.child.kill('SIGKILL');
    }
  }, 300_000);

  it('when a second signal arrives during the drain, then it exits at once, with Neo4j stopped', async () => {
    const api = await startApi();
    try {
      const inFlight = Array.from({ length: 12 }, () =>
        postGraphQL(api.url, HEAVY).catch(() => null),
      );
      await new Promise((r) => setTimeout(r, 100));
      api.child.kill('SIGTERM');
      await api.waitForLine(/shutting down/, 10_000);
      api.child.kill('SIGINT');
      expect(await api.exited).toBe(1);
      expect(await isPortOpen(api.boltPort)).toBe(false);
      await Promise.all(inFlight);
    } finally {
      api.child.kill('SIGKILL');
    }
  }, 300_000);
});
