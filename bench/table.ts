/** The result records of a benchmark run and their markdown table. */

/** `api-traced`: the API again, every request with X-Cypher-Trace: 1 (`--traced`). */
export type Server = 'api' | 'api-traced' | 'neo4j-graphql' | 'floor';

export interface Measurement {
  server: Server;
  perSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  cypherPerRequest: number;
  responseBytes: number;
  items: number;
  /**
   * CPU ms per request of the process that answers (the HTTP server; for the floor, the bench's
   * own process, where the driver runs) and of Neo4j, over the measured load; null without /proc.
   */
  serverCpuMs: number | null;
  neo4jCpuMs: number | null;
  /** With --rounds above 1: each round's req/s, in the order run; the figures are the median's. */
  rounds?: number[];
}

export interface QuestionResult {
  id: string;
  name: string;
  equivalent: boolean;
  measurements: Measurement[];
}

export function fmt(n: number, digits = 0): string {
  return Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '–';
}

/** A CPU figure, or – where it was not measured (older results, no /proc). */
const cpu = (ms: number | null | undefined): string => (ms == null ? '–' : fmt(ms, 2));

export function markdownTable(results: QuestionResult[]): string {
  const lines = [
    '| question | server | req/s | p50 ms | p99 ms | Cypher/req | bytes | server CPU ms/req | Neo4j CPU ms/req | vs floor | vs @neo4j/graphql | items |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const q of results) {
    const floor = q.measurements.find((m) => m.server === 'floor');
    const ngql = q.measurements.find((m) => m.server === 'neo4j-graphql');
    for (const m of q.measurements) {
      const vsFloor = floor ? m.perSecond / floor.perSecond : NaN;
      const vsNgql = ngql ? m.perSecond / ngql.perSecond : NaN;
      lines.push(
        `| ${m.server === 'api' ? q.name : ''} | ${m.server} | ${fmt(m.perSecond)} | ${fmt(m.p50, 1)} | ${fmt(m.p99, 1)} | ${fmt(m.cypherPerRequest)} | ${fmt(m.responseBytes)} | ${cpu(m.serverCpuMs)} | ${cpu(m.neo4jCpuMs)} | ${fmt(vsFloor, 2)}× | ${m.server === 'floor' ? '' : `${fmt(vsNgql, 2)}×`} | ${m.items}${q.equivalent ? '' : ' ≠'} |`,
      );
    }
  }
  return lines.join('\n');
}

/** One row per question, the three servers side by side (the README's form). */
export function compactTable(results: QuestionResult[]): string {
  const lines = [
    '| question | API req/s | @neo4j/graphql req/s | floor q/s | API p50 / p99 ms | Cypher per request (API / @neo4j/graphql) | API ÷ floor | API ÷ @neo4j/graphql |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const q of results) {
    const by = (s: Server): Measurement | undefined => q.measurements.find((m) => m.server === s);
    const api = by('api');
    const ngql = by('neo4j-graphql');
    const floor = by('floor');
    if (!api || !ngql || !floor) continue;
    lines.push(
      `| ${q.name}${q.equivalent ? '' : ' (answers differ)'} | ${fmt(api.perSecond)} | ${fmt(ngql.perSecond)} | ${fmt(floor.perSecond)} | ${fmt(api.p50)} / ${fmt(api.p99)} | ${api.cypherPerRequest} / ${ngql.cypherPerRequest} | ${fmt(api.perSecond / floor.perSecond, 2)}× | ${fmt(api.perSecond / ngql.perSecond, 2)}× |`,
    );
  }
  return lines.join('\n');
}
