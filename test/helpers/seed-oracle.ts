import { SEEDS_DIR } from '../../src/paths';
import { readSeeds, type SeedSet } from '../../src/seed/seed-files';
import type { CareerSeed } from '../../src/seed/seed.schema';

/**
 * The committed seed files, read independently of the database, as the oracle tests compute
 * expected answers from. A test that compares the API with this proves the API reads the graph
 * faithfully, not that it returns numbers typed into the test.
 */
let cached: SeedSet | null = null;
export function seeds(): SeedSet {
  cached ??= readSeeds(SEEDS_DIR);
  return cached;
}

export function career(slug: string): CareerSeed {
  const found = seeds().careers.find((c) => c.slug === slug);
  if (!found) throw new Error(`no seeded career ${slug}`);
  return found;
}

export function educationRank(c: CareerSeed): number {
  const level = seeds().educationLevels.find((e) => e.code === c.entryEducation.code);
  if (!level) throw new Error(`no education level ${c.entryEducation.code}`);
  return level.rank;
}

/** Percent of a career's jobs in a setting, summed over its OOH categories; null if unknown. */
export function shareIn(c: CareerSeed, settingId: string): number | null {
  const edges = c.settings.filter((s) => s.settingId === settingId && s.sharePct !== null);
  return edges.length === 0 ? null : edges.reduce((t, s) => t + (s.sharePct ?? 0), 0);
}

/** Cypher orders strings by code unit, as JS `<` does (not localeCompare). */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const bySlug = (a: { slug: string }, b: { slug: string }): number =>
  byCodeUnit(a.slug, b.slug);
