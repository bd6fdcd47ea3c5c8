import { cypher, cypherStatements, type CypherQuery } from '../db/cypher';
import type { Params, QueryRunner, WriteResult } from '../db/query-runner';
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
  countCareers: cypher('seed/count-careers'),
};

export interface LoadReport {
  careers: number;
  counters: WriteResult['counters'];
  durationMs: number;
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
  ]) {
    for (const item of list) urls.add(item.source);
  }
  return [...urls].sort();
}

/**
 * Writes a validated seed set. Everything is MERGEd and stale edges and nodes are removed, in one
 * transaction, so loading the same seeds twice creates and deletes nothing the second time.
 */
export async function loadSeeds(runner: QueryRunner, seeds: SeedSet): Promise<LoadReport> {
  const started = performance.now();
  await applySchema(runner);
  const cs = seeds.careers;
  const edges = <T>(pick: (c: CareerSeed) => T[]): Params => ({
    rows: cs.map((c) => ({ slug: c.slug, edges: pick(c) })),
  });
  const steps: Array<{ query: CypherQuery; params: Params }> = [
    { query: Q.sources, params: { rows: seeds.sources } },
    { query: Q.educationLevels, params: { rows: seeds.educationLevels } },
    { query: Q.settings, params: { rows: seeds.settings } },
    { query: Q.organizations, params: { rows: seeds.organizations } },
    { query: Q.credentials, params: { rows: seeds.credentials } },
    { query: Q.traits, params: { rows: seeds.traits } },
    { query: Q.families, params: { rows: seeds.families } },
    {
      query: Q.careers,
      params: { rows: cs.map((c) => ({ slug: c.slug, props: careerProperties(c) })) },
    },
    {
      query: Q.partOf,
      params: {
        rows: cs.map((c) => ({ slug: c.slug, familySlug: c.familySlug, source: c.source })),
      },
    },
    {
      query: Q.entryEducation,
      params: {
        rows: cs.map((c) => ({ slug: c.slug, ...c.entryEducation })),
      },
    },
    { query: Q.educationOptions, params: edges((c) => c.educationOptions) },
    { query: Q.worksIn, params: edges((c) => c.settings) },
    { query: Q.credentialEdges, params: edges((c) => c.credentials) },
    { query: Q.traitEdges, params: edges((c) => c.traits) },
    { query: Q.similar, params: edges((c) => c.similarTo) },
    { query: Q.advances, params: edges((c) => c.advancesTo) },
    { query: Q.industryPay, params: edges((c) => c.payByIndustry) },
    {
      query: Q.careerSources,
      params: { rows: cs.map((c) => ({ slug: c.slug, urls: careerSourceUrls(c) })) },
    },
    {
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
    },
  ];
  const { counters } = await runner.writeAll('seed/load', steps);
  return { careers: cs.length, counters, durationMs: performance.now() - started };
}
