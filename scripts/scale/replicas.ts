import { spawn, type ChildProcess } from 'node:child_process';

/** Where the replicas' Neo4j is: every replica gets the same (stateless replicas). */
export interface Neo4jTargetEnv {
  uri: string;
  user: string;
  password: string;
}

export interface Replica {
  name: string;
  port: number;
  url: string;
  child: ChildProcess;
  /** Every line it printed (pino JSON), stdout and stderr. */
  lines: string[];
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Starts one built API (`node <main>`, as `npm start` runs it after the build) on 127.0.0.1:port
 * against the given Neo4j, and resolves once it listens. `env` adds to (and overrides) this
 * process's environment. An abort while it starts stops it.
 */
export async function startReplica(
  main: string,
  name: string,
  port: number,
  neo4j: Neo4jTargetEnv,
  env: NodeJS.ProcessEnv = {},
  onLine: (line: string) => void = () => undefined,
  signal?: AbortSignal,
): Promise<Replica> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    ...env,
  };
  // jest's NODE_ENV=test changes what libraries do on signals; a replica runs as in production.
  if (childEnv.NODE_ENV === 'test') delete childEnv.NODE_ENV;
  const child = spawn(process.execPath, [main], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const onData = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      lines.push(line);
      onLine(line);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const url = `http://127.0.0.1:${port}`;
  const replica: Replica = {
    name,
    port,
    url,
    child,
    lines,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      // main.ts drains within SHUTDOWN_GRACE_MS (10 s); past that, it is not stopping.
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
  // Not a log line: LOG_LEVEL may hide it. The server listens only once warm-up is done.
  const until = performance.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_000) })).ok) break;
    } catch {
      // not listening yet
    }
    if (signal?.aborted) {
      await replica.stop();
      throw new Error(`replica ${name}: start abandoned`);
    }
    if (child.exitCode !== null || performance.now() > until) {
      await replica.stop();
      throw new Error(`replica ${name} did not start:\n${lines.slice(-20).join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return replica;
}
