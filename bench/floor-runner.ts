import neo4j, { type Driver } from 'neo4j-driver';

export interface LoopResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** The value at quantile q (0–1) of sorted latencies, in ms. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/**
 * The floor's load: `connections` concurrent loops, each sending the statement again as soon as
 * its answer arrives, for `durationS` seconds — what autocannon does to the HTTP servers.
 */
export async function runLoop(
  driver: Driver,
  text: string,
  params: Record<string, unknown>,
  connections: number,
  durationS: number,
): Promise<LoopResult> {
  const latencies: number[] = [];
  const started = performance.now();
  const end = started + durationS * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < end) {
      const t0 = performance.now();
      await driver.executeQuery(text, params, { routing: neo4j.routing.READ });
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
  };
}
