import { freePort } from '../../src/local-neo4j/local-neo4j';
import { findNginx, startNginx, type RunningNginx } from './nginx';
import { downFlags, ReadinessWatcher, type ReplicaChange } from './readiness-watcher';
import { startReplica, type Neo4jTargetEnv, type Replica } from './replicas';

export interface ScaleOptions {
  /** The built server's main.js (`dist/src/main.js`, or a test's own build). */
  main: string;
  /** One Neo4j for every replica. */
  neo4j: Neo4jTargetEnv;
  /** How many replicas (the template names two). */
  replicas?: number;
  /** nginx's port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  /** Extra environment for every replica, or per replica (by index). */
  replicaEnv?: NodeJS.ProcessEnv | ((index: number) => NodeJS.ProcessEnv);
  /** Per replica, the NEO4J_URI it is given (a test puts a cuttable proxy in front of one). */
  neo4jUriFor?: (index: number) => string;
  log: (line: string) => void;
  onReplicaLine?: (replica: string, line: string) => void;
  watchIntervalMs?: number;
  /** Aborting while it starts stops what has started and rejects (a Ctrl-C during start-up). */
  signal?: AbortSignal;
}

export interface ScaleTopology {
  url: string;
  replicas: Replica[];
  nginx: RunningNginx;
  watcher: ReadinessWatcher;
  /** Resolves after the watcher has applied a change that left `name` in `state`. */
  waitForState(
    name: string,
    state: 'ready' | 'not-ready' | 'down',
    timeoutMs: number,
  ): Promise<void>;
  /** The watcher, nginx, then the replicas (each drains before it exits). */
  stop(): Promise<void>;
}

/**
 * docs/scaling.md's picture, on one machine: N API replicas on one Neo4j, nginx in front as cache
 * and load balancer, and the readiness watcher that marks a replica down in nginx while its
 * `/readyz` says it cannot serve. Everything listens on 127.0.0.1 only.
 */
export async function startScaleTopology(options: ScaleOptions): Promise<ScaleTopology> {
  const count = options.replicas ?? 2;
  const binary = findNginx(options.log);
  const replicas: Replica[] = [];
  let nginx: RunningNginx | null = null;
  let watcher: ReadinessWatcher | null = null;
  const applied: Array<() => void> = [];
  const stop = async (): Promise<void> => {
    await watcher?.stop();
    await nginx?.stop();
    await Promise.all(replicas.map((r) => r.stop()));
  };
  try {
    // Started together: each replica's warm-up plans every statement, seconds on a cold JVM. All
    // are awaited, even after one fails, so none is still starting when `stop` runs.
    const settled = await Promise.allSettled(
      Array.from({ length: count }, async (_, i) => {
        const env =
          typeof options.replicaEnv === 'function'
            ? options.replicaEnv(i)
            : (options.replicaEnv ?? {});
        const neo4j = options.neo4jUriFor
          ? { ...options.neo4j, uri: options.neo4jUriFor(i) }
          : options.neo4j;
        const name = `api-${i + 1}`;
        const replica = await startReplica(
          options.main,
          name,
          await freePort(),
          neo4j,
          env,
          (l) => options.onReplicaLine?.(name, l),
          options.signal,
        );
        replicas.push(replica);
        options.log(`${name} serves at ${replica.url}`);
        return replica;
      }),
    );
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    const started = replicas.slice();
    options.signal?.throwIfAborted();
    started.sort((a, b) => a.name.localeCompare(b.name));
    replicas.splice(0, replicas.length, ...started);
    const running = await startNginx({
      binary,
      port: options.port || (await freePort()),
      replicas: replicas.map((r) => `127.0.0.1:${r.port}`),
      onLog: (line) => options.log(`nginx: ${line}`),
    });
    nginx = running;
    const names = replicas.map((r) => r.name);
    const checking = new ReadinessWatcher(
      replicas.map((r) => ({ name: r.name, url: r.url })),
      (changes: readonly ReplicaChange[], states) => {
        for (const c of changes) {
          options.log(
            `watcher: ${c.name} ${c.from ?? 'unknown'} → ${c.to}${c.reason ? ` (${c.reason})` : ''}`,
          );
        }
        const down = downFlags(names, states);
        // The first poll finds everyone ready: nothing to reload.
        if (changes.some((c) => c.from !== null || c.to !== 'ready')) {
          running.setDown(down);
          options.log(
            `watcher: nginx reloaded, upstream ${names.map((n, i) => `${n}${down[i] ? ' down' : ''}`).join(', ')}`,
          );
        }
        for (const notify of applied.splice(0)) notify();
      },
      { intervalMs: options.watchIntervalMs ?? 500, timeoutMs: 1_500 },
    );
    watcher = checking;
    await checking.start();
    return {
      url: running.url,
      replicas,
      nginx: running,
      watcher: checking,
      waitForState: async (name, state, timeoutMs) => {
        const until = performance.now() + timeoutMs;
        while (checking.state(name) !== state) {
          if (performance.now() > until) {
            throw new Error(`${name} did not become ${state} within ${timeoutMs} ms`);
          }
          await new Promise<void>((resolve) => {
            applied.push(resolve);
            setTimeout(resolve, 250);
          });
        }
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
