/** What a replica's `GET /readyz` said last. */
export type ReplicaState = 'ready' | 'not-ready' | 'down';

export interface ReplicaChange {
  name: string;
  from: ReplicaState | null;
  to: ReplicaState;
  /** /readyz's JSON `problem` when not ready; the failure when down. */
  reason?: string;
}

export interface WatchedReplica {
  name: string;
  url: string;
}

/**
 * Open-source nginx has no active health checks (that is nginx Plus): it learns that a replica is
 * gone only by failing requests on it, and never learns that one is up but not ready, since
 * /readyz is not what it proxies. This watcher asks each replica's `/readyz` every `intervalMs`
 * (200 ready; 503 with a JSON reason not ready; no answer within `timeoutMs` down) and calls
 * `onChange` with everyone's states when any changes, so the caller can mark the upstream down
 * before a user's request finds out.
 */
export class ReadinessWatcher {
  private readonly states = new Map<string, ReplicaState>();
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;

  constructor(
    private readonly replicas: readonly WatchedReplica[],
    private readonly onChange: (
      changes: readonly ReplicaChange[],
      states: ReadonlyMap<string, ReplicaState>,
    ) => void,
    private readonly options: { intervalMs: number; timeoutMs: number } = {
      intervalMs: 500,
      timeoutMs: 1_500,
    },
  ) {}

  state(name: string): ReplicaState | undefined {
    return this.states.get(name);
  }

  /** Polls once now (so the first states are known when it resolves), then every interval. */
  async start(): Promise<void> {
    await this.poll();
    // Not setInterval: a slow poll (a hung replica takes timeoutMs) must not overlap the next.
    const next = (): void => {
      this.timer = setTimeout(() => {
        this.polling = this.poll().finally(() => {
          this.polling = null;
          if (this.timer) next();
        });
      }, this.options.intervalMs);
    };
    next();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.polling;
  }

  private async poll(): Promise<void> {
    const seen = await Promise.all(this.replicas.map((r) => this.ask(r)));
    const changes: ReplicaChange[] = [];
    this.replicas.forEach((replica, i) => {
      const now = seen[i];
      if (!now) return;
      const before = this.states.get(replica.name) ?? null;
      if (before === now.state) return;
      this.states.set(replica.name, now.state);
      changes.push({
        name: replica.name,
        from: before,
        to: now.state,
        ...(now.reason !== undefined && { reason: now.reason }),
      });
    });
    if (changes.length > 0) this.onChange(changes, this.states);
  }

  private async ask(replica: WatchedReplica): Promise<{ state: ReplicaState; reason?: string }> {
    try {
      const res = await fetch(`${replica.url}/readyz`, {
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      const body = (await res.json().catch(() => ({}))) as { problem?: unknown };
      if (res.status === 200) return { state: 'ready' };
      const problem = typeof body.problem === 'string' ? body.problem : `HTTP ${res.status}`;
      return { state: 'not-ready', reason: problem };
    } catch (err) {
      // fetch says only "fetch failed"; the cause names it (ECONNREFUSED, a timeout).
      const cause =
        err instanceof Error ? (err.cause as { code?: unknown } | undefined) : undefined;
      const reason =
        typeof cause?.code === 'string'
          ? cause.code
          : err instanceof Error
            ? err.message
            : String(err);
      return { state: 'down', reason };
    }
  }
}

/**
 * Which replicas nginx should skip. When none is ready, none is marked down: nginx would answer
 * every request 502 itself, while a replica's own 503 (with its reason), a stale cache entry or a
 * replica that just came back serve the client better.
 */
export function downFlags(
  names: readonly string[],
  states: ReadonlyMap<string, ReplicaState>,
): boolean[] {
  const flags = names.map((n) => (states.get(n) ?? 'ready') !== 'ready');
  return flags.every(Boolean) ? flags.map(() => false) : flags;
}
