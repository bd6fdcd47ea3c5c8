import { cypher, cypherStatements, type CypherQuery } from '../db/cypher';
import type { Params, QueryRunner, WriteResult } from '../db/query-runner';
import { EVIDENCE_PROPERTY } from '../shared/vocabulary';
import type { CareerSeed } from './seed.schema';
import type { SeedSet } from './seed-files';

const SCHEMA = [...cypherStatements('schema/constraints'), ...cypherStatements('schema/indexes')];
const Q = {
  sources: cypher('seed/sources'),
  educationLevels: cypher('seed/education-levels'),
  settings: cypher('seed/settings'),
  organizations: cypher('seed/organizations'),
  credentials: cypher('seed/credentials'),
  traits: cypher('seed/traits'),
  families: cypher('seed/families'),
  careers: cypher('seed/careers'),
  partOf: cypher('seed/career-part-of'),
  entryEducation: cypher('seed/career-entry-education'),
  educationOptions: cypher('seed/career-education-options'),
  worksIn: cypher('seed/career-works-in'),
  credentialEdges: cypher('seed/career-credentials'),
  traitEdges: cypher('seed/career-traits'),
  similar: cypher('seed/career-similar'),
  advances: cypher('seed/career-advances'),
  industryPay: cypher('seed/career-industry-pay'),
  careerSources: cypher('seed/career-sources'),
  prune: cypher('seed/prune'),
  graphVersion: cypher('seed/graph-version'),
  countCareers: cypher('seed/count-careers'),
};

export interface LoadReport {
  careers: number;
  counters: WriteResult['counters'];
  durationMs: number;
  /** Nodes and relationships the seed files name (written or found unchanged). */
  rows: number;
  /** 1 for an atomic load; one per chunk for a bulk one. */
  transactions: number;
}

/** Creates constraints and indexes (idempotent: `IF NOT EXISTS`), then waits for them to be online. */
export async function applySchema(runner: QueryRunner): Promise<void> {
  for (const statement of SCHEMA) await runner.write(statement);
  await runner.write({ name: 'schema/await-indexes', text: 'CALL db.awaitIndexes(60)' });
}

export async function countCareers(runner: QueryRunner): Promise<number> {
  const [row] = await runner.read(Q.countCareers);
  return Number(row?.careers ?? 0);
}

/** Flattens a career seed to the Career node's properties; null figures are left off. */
export function careerProperties(c: CareerSeed): Record<string, unknown> {
  const props: Record<string, unknown> = {
    slug: c.slug,
    title: c.title,
    socCodes: c.socCodes,
    summary: c.summary,
    oohUrl: c.source,
    medianPayAnnual: c.pay?.medianAnnual,
    medianPayHourly: c.pay?.medianHourly,
    medianPayIsLowerBound: c.pay?.isLowerBound,
    payPct10Annual: c.pay?.pct10Annual,
    payPct90Annual: c.pay?.pct90Annual,
    payPct90IsLowerBound: c.pay?.pct90IsLowerBound,
    noPayReason: c.noPayReason,
    workExperience: c.workExperience,
    onTheJobTraining: c.onTheJobTraining,
    jobs2024: c.outlook?.jobs2024,
    projectedEmployment2034: c.outlook?.projectedEmployment2034,
    projectedGrowthPct: c.outlook?.growthPct,
    growthDescription: c.outlook?.growthDescription,
    employmentChange: c.outlook?.employmentChange,
    annualOpenings: c.outlook?.annualOpenings,
    licensure: c.licensure.status,
    licensureScope: c.licensure.scope,
    noSettingsReason: c.noSettingsReason,
    // Each fact's phrase beside its figure (`medianPayPhrase` …): the seed schema holds every
    // phrase to the career's own page, so `oohUrl` is its source.
    ...Object.fromEntries(c.evidence.map((e) => [EVIDENCE_PROPERTY[e.fact], e.phrase])),
  };
  // Neo4j stores no nulls; an absent property reads back as null, which is what "unknown" means.
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

/** Every source URL a career's facts cite. */
export function careerSourceUrls(c: CareerSeed): string[] {
  const urls = new Set<string>([c.source, c.entryEducation.source, c.licensure.source]);
  if (c.pay) urls.add(c.pay.source);
  if (c.outlook) urls.add(c.outlook.source);
  for (const list of [
    c.payByIndustry,
    c.educationOptions,
    c.settings,
    c.credentials,
    c.traits,
    c.similarTo,
    c.advancesTo,
    c.evidence,
  ]) {
    for (const item of list) urls.add(item.source);
  }
  return [...urls].sort();
}

export interface LoadProgress {
  /** Rows written so far (nodes and relationships the seed files name), of `total`. */
  done: number;
  total: number;
  /** The statement just written, e.g. `seed/career-traits`. */
  step: string;
}

export interface LoadOptions {
  /**
   * `atomic`: every statement in one transaction, so a failure leaves the graph as it was.
   * `bulk`: one transaction per chunk, so the transaction state stays within Neo4j's heap at any
   * size; a failure leaves a partly loaded graph that the next load completes (every statement
   * MERGEs). `auto` (default) is atomic up to ATOMIC_ROW_LIMIT rows, bulk above.
   */
  mode?: 'auto' | 'atomic' | 'bulk';
  /** Most rows (nodes or relationships) one statement writes; default CHUNK_ROWS. */
  chunkRows?: number;
  onProgress?: (progress: LoadProgress) => void;
}

/**
 * ~20,000 relationships per transaction keep a chunk's transaction state a few tens of MB, and
 * measured fastest on the 2-core machine (smaller chunks pay more commits; larger ones
 * only use more heap).
 */
export const CHUNK_ROWS = 20_000;
/**
 * A load this size (the committed seeds are ~4,000 rows) runs as one transaction: it commits in
 * seconds, well inside the write timeout, and a failure leaves the graph untouched. Larger loads
 * go in chunks (bulk mode).
 */
export const ATOMIC_ROW_LIMIT = CHUNK_ROWS;

interface Step {
  query: CypherQuery;
  params: Params;
  rows: number;
}

/** Splits `items` into runs whose summed weight stays at or under `limit` (one item at least). */
function chunk<T>(items: readonly T[], weight: (item: T) => number, limit: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const w = Math.max(1, weight(item));
    if (current.length > 0 && size + w > limit) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += w;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Every statement of a load, in dependency order (nodes before the edges between them). */
function plan(seeds: SeedSet, chunkRows: number): Step[] {
  const cs = seeds.careers;
  const steps: Step[] = [];
  const nodes = <T>(query: CypherQuery, rows: readonly T[], map: (r: T) => unknown = (r) => r) => {
    for (const part of chunk(rows, () => 1, chunkRows)) {
      steps.push({ query, params: { rows: part.map(map) }, rows: part.length });
    }
  };
  /** One row per career; chunked so no statement writes more than `chunkRows` edges. */
  const perCareer = <T>(
    query: CypherQuery,
    edges: (c: CareerSeed) => readonly T[],
    row: (c: CareerSeed) => unknown,
  ) => {
    for (const part of chunk(cs, (c) => edges(c).length, chunkRows)) {
      const rows = part.reduce((sum, c) => sum + edges(c).length, 0);
      steps.push({ query, params: { rows: part.map(row) }, rows });
    }
  };
  const edges = <T>(query: CypherQuery, pick: (c: CareerSeed) => T[]) =>
    perCareer(query, pick, (c) => ({ slug: c.slug, edges: pick(c) }));
  const one = (c: CareerSeed): unknown[] => [c];

  nodes(Q.sources, seeds.sources);
  // Levels link to each other by rank inside the statement, so they are never split.
  steps.push({
    query: Q.educationLevels,
    params: { rows: seeds.educationLevels },
    rows: seeds.educationLevels.length,
  });
  nodes(Q.settings, seeds.settings);
  nodes(Q.organizations, seeds.organizations);
  nodes(Q.credentials, seeds.credentials);
  nodes(Q.traits, seeds.traits);
  nodes(Q.families, seeds.families);
  nodes(Q.careers, cs, (c) => ({ slug: c.slug, props: careerProperties(c) }));
  perCareer(Q.partOf, one, (c) => ({ slug: c.slug, familySlug: c.familySlug, source: c.source }));
  perCareer(Q.entryEducation, one, (c) => ({ slug: c.slug, ...c.entryEducation }));
  edges(Q.educationOptions, (c) => c.educationOptions);
  edges(Q.worksIn, (c) => c.settings);
  edges(Q.credentialEdges, (c) => c.credentials);
  edges(Q.traitEdges, (c) => c.traits);
  edges(Q.similar, (c) => c.similarTo);
  edges(Q.advances, (c) => c.advancesTo);
  edges(Q.industryPay, (c) => c.payByIndustry);
  perCareer(Q.careerSources, careerSourceUrls, (c) => ({
    slug: c.slug,
    urls: careerSourceUrls(c),
  }));
  steps.push({
    query: Q.prune,
    params: {
      keep: {
        careers: cs.map((c) => c.slug),
        families: seeds.families.map((f) => f.slug),
        settings: seeds.settings.map((s) => s.id),
        credentials: seeds.credentials.map((c) => c.id),
        organizations: seeds.organizations.map((o) => o.id),
        traits: seeds.traits.map((t) => t.id),
        sources: seeds.sources.map((s) => s.url),
        educationLevels: seeds.educationLevels.map((e) => e.code),
      },
    },
    rows: 0,
  });
  // Last, so in bulk mode the version moves only once every chunk has committed.
  steps.push({ query: Q.graphVersion, params: {}, rows: 0 });
  return steps;
}

function addCounters(into: WriteResult['counters'], from: WriteResult['counters']): void {
  for (const [k, v] of Object.entries(from)) {
    const key = k as keyof WriteResult['counters'];
    into[key] = (into[key] ?? 0) + (v ?? 0);
  }
}

/**
 * Writes a validated seed set. Everything is MERGEd and stale edges and nodes are removed, so
 * loading the same seeds twice creates and deletes nothing the second time; only the graph's
 * version (GraphVersion, read by the API's stats cache) moves with every load. Rows go in batches
 * (UNWIND over at most `chunkRows` rows per statement); see LoadOptions for when they share one
 * transaction.
 */
export async function loadSeeds(
  runner: QueryRunner,
  seeds: SeedSet,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const started = performance.now();
  await applySchema(runner);
  const steps = plan(seeds, options.chunkRows ?? CHUNK_ROWS);
  const total = steps.reduce((sum, s) => sum + s.rows, 0);
  const mode = options.mode ?? 'auto';
  const atomic = mode === 'atomic' || (mode === 'auto' && total <= ATOMIC_ROW_LIMIT);
  const counters: WriteResult['counters'] = {};
  let done = 0;
  options.onProgress?.({ done, total, step: 'schema' });
  if (atomic) {
    const result = await runner.writeAll('seed/load', steps);
    addCounters(counters, result.counters);
    options.onProgress?.({ done: total, total, step: 'seed/load' });
  } else {
    for (const step of steps) {
      const result = await runner.writeAll(`seed/load:${step.query.name}`, [step]);
      addCounters(counters, result.counters);
      done += step.rows;
      options.onProgress?.({ done, total, step: step.query.name });
    }
  }
  return {
    careers: seeds.careers.length,
    counters,
    durationMs: performance.now() - started,
    rows: total,
    transactions: atomic ? 1 : steps.length,
  };
}
