import * as fs from 'node:fs';
import * as path from 'node:path';

import { CAREERS_DIR, SEED_FILES, careerSchema, type CareerSeed } from '../seed/seed.schema';
import { EVIDENCED_FACT } from '../shared/vocabulary';
import { educationRank } from './education';
import type { SeedSet } from '../seed/validate-seeds';

/**
 * Deterministic serialisation: records go through their zod schema (which emits keys in schema
 * order and drops nothing we did not mean to write), arrays are sorted by a stable key, JSON is
 * indented by two spaces and ends with a newline. Re-running on the same input gives the same
 * bytes.
 */

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };

const sorted = <T>(items: readonly T[], key: (item: T) => string): T[] =>
  [...items].sort(byKey(key));

function sortCareer(career: CareerSeed): CareerSeed {
  return {
    ...career,
    socCodes: [...career.socCodes].sort(),
    // Highest-paying industry first, as the OOH lists them; name breaks ties.
    payByIndustry: [...career.payByIndustry].sort(
      (a, b) =>
        (b.medianAnnual ?? -1) - (a.medianAnnual ?? -1) || byKey<typeof a>((p) => p.industry)(a, b),
    ),
    educationOptions: [...career.educationOptions].sort(
      (a, b) => educationRank(a.code) - educationRank(b.code),
    ),
    // Largest share first; settings without a share (from the review) last.
    settings: [...career.settings].sort(
      (a, b) =>
        (b.sharePct ?? -1) - (a.sharePct ?? -1) || byKey<typeof a>((s) => s.oohCategory)(a, b),
    ),
    credentials: sorted(career.credentials, (c) => c.credentialId),
    traits: sorted(career.traits, (t) => t.traitId),
    similarTo: sorted(career.similarTo, (s) => s.slug),
    advancesTo: sorted(career.advancesTo, (a) => a.slug).map((a) => ({
      ...a,
      credentialIds: [...a.credentialIds].sort(),
    })),
    // In the vocabulary's order: pay, jobs, growth, openings, education, licensure.
    evidence: [...career.evidence].sort(
      (a, b) => EVIDENCED_FACT.values.indexOf(a.fact) - EVIDENCED_FACT.values.indexOf(b.fact),
    ),
  };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The seed set as file contents, keyed by path relative to the seeds folder. */
export function serialiseSeedSet(set: SeedSet): Map<string, string> {
  const ordered: { [K in keyof typeof SEED_FILES]: unknown[] } = {
    sources: sorted(set.sources, (s) => s.url),
    educationLevels: [...set.educationLevels].sort((a, b) => a.rank - b.rank),
    settings: sorted(set.settings, (s) => s.id),
    settingMappings: sorted(set.settingMappings, (m) => m.oohCategory),
    organizations: sorted(set.organizations, (o) => o.id),
    credentials: sorted(set.credentials, (c) => c.id),
    traits: sorted(set.traits, (t) => t.id),
    families: sorted(set.families, (f) => f.slug),
  };
  const files = new Map<string, string>();
  for (const [key, { file, schema }] of Object.entries(SEED_FILES)) {
    const records = ordered[key as keyof typeof SEED_FILES].map((r) => schema.parse(r));
    files.set(file, json(records));
  }
  for (const career of sorted(set.careers, (c) => c.slug)) {
    files.set(`${CAREERS_DIR}/${career.slug}.json`, json(careerSchema.parse(sortCareer(career))));
  }
  return files;
}

/**
 * Writes the files into a fresh sibling folder, then swaps it in with two renames, so the seeds
 * folder is either the old set or the complete new one — never half of each.
 */
export function writeSeedFiles(outDir: string, files: ReadonlyMap<string, string>): void {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  fs.mkdirSync(parent, { recursive: true });
  const staging = fs.mkdtempSync(path.join(parent, `.${path.basename(target)}.new-`));
  try {
    for (const [relative, content] of files) {
      const file = path.join(staging, relative);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content, 'utf8');
    }
    let previous: string | null = null;
    if (fs.existsSync(target)) {
      previous = `${staging}.old`;
      fs.renameSync(target, previous);
    }
    fs.renameSync(staging, target);
    if (previous) fs.rmSync(previous, { recursive: true, force: true });
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
