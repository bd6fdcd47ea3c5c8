import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

/**
 * The servers under test run in child processes of their own, so the load generator (autocannon,
 * in the parent) never shares an event loop with them. Parent and child talk over Node's IPC
 * channel: the child says where it listens, and reports how many Cypher statements it has sent.
 */

type ToChild =
  | { type: 'queries' }
  | { type: 'stop' }
  | { type: 'profile-start' }
  | { type: 'profile-stop'; file: string };
type FromChild =
  | { type: 'ready'; url: string }
  | { type: 'queries'; count: number }
  | { type: 'profiling' }
  | { type: 'profiled'; file: string };

/** V8's sampling profiler over the inspector protocol, so a profile covers only the load. */
function profiler(): { start(): Promise<void>; stop(file: string): Promise<void> } {
  const session = new Session();
  session.connect();
  const post = (method: string): Promise<unknown> =>
    new Promise((resolve, reject) =>
      session.post(method, (err, result) => (err ? reject(err) : resolve(result))),
    );
  return {
    start: async () => {
      await post('Profiler.enable');
      await post('Profiler.start');
    },
    stop: async (file) => {
      const result = (await post('Profiler.stop')) as { profile: unknown };
      writeFileSync(file, JSON.stringify(result.profile));
    },
  };
}

export interface ServedApi {
  url: string;
  stop(): Promise<void>;
}

/** Child side: start the server, then answer the parent's messages until told to stop. */
export function serveChild(start: () => Promise<ServedApi & { queries(): number }>): void {
  const send = (m: FromChild): void => {
    process.send?.(m);
  };
  start()
    .then((server) => {
      const cpu = profiler();
      process.on('message', (m: ToChild) => {
        if (m.type === 'queries') send({ type: 'queries', count: server.queries() });
        if (m.type === 'profile-start') void cpu.start().then(() => send({ type: 'profiling' }));
        if (m.type === 'profile-stop') {
          void cpu.stop(m.file).then(() => send({ type: 'profiled', file: m.file }));
        }
        if (m.type === 'stop') {
          void server.stop().finally(() => process.exit(0));
        }
      });
      // A parent that dies (Ctrl-C, a crash) closes the channel: leave no server behind.
      process.once('disconnect', () => process.exit(0));
      send({ type: 'ready', url: server.url });
    })
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    });
}

export interface ChildServer {
  url: string;
  /** The server's process id, for its CPU time (process-cpu.ts). */
  pid: number | undefined;
  /** Cypher statements the server has sent since it started. */
  queries(): Promise<number>;
  /** Samples the server's CPU while `work` runs; the .cpuprofile goes to `file`. */
  profile(file: string, work: () => Promise<unknown>): Promise<void>;
  stop(): Promise<void>;
}

/** Parent side: fork a compiled server script and wait until it listens. */
export function forkServer(script: string, env: NodeJS.ProcessEnv): Promise<ChildServer> {
  const child = fork(script, [], { env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const ask = <T extends FromChild['type']>(
    message: ToChild,
    reply: T,
  ): Promise<Extract<FromChild, { type: T }>> =>
    new Promise((resolve) => {
      const onMessage = (r: FromChild): void => {
        if (r.type !== reply) return;
        child.off('message', onMessage);
        resolve(r as Extract<FromChild, { type: T }>);
      };
      child.on('message', onMessage);
      child.send(message);
    });
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null): void => reject(new Error(`${script} exited (${code})`));
    child.once('exit', onExit);
    child.once('message', (m: FromChild) => {
      if (m.type !== 'ready') return reject(new Error(`${script}: unexpected ${m.type}`));
      child.off('exit', onExit);
      resolve({
        url: m.url,
        pid: child.pid,
        queries: async () => (await ask({ type: 'queries' }, 'queries')).count,
        profile: async (file, work) => {
          await ask({ type: 'profile-start' }, 'profiling');
          try {
            await work();
          } finally {
            await ask({ type: 'profile-stop', file }, 'profiled');
          }
        },
        stop: () =>
          new Promise((res) => {
            if (child.exitCode !== null) return res();
            child.once('exit', () => res());
            child.send({ type: 'stop' } satisfies ToChild);
          }),
      });
    });
  });
}
