/**
 * The one set of checks on seed data, shared by the importer (before it writes seeds/) and the
 * loader (before it writes the graph): nothing is written while any problem remains.
 */
import {
  SEED_FILES,
  careerSchema,
  type CareerFamilySeed,
  type CareerSeed,
  type CredentialSeed,
  type EducationLevelSeed,
  type OrganizationSeed,
  type SettingMappingSeed,
  type SettingSeed,
  type SourceSeed,
  type TraitSeed,
} from '../seed/seed.schema';

/** Everything under `seeds/`: one array per file, plus one record per career file. */
export interface SeedSet {
  sources: SourceSeed[];
  educationLevels: EducationLevelSeed[];
  settings: SettingSeed[];
  settingMappings: SettingMappingSeed[];
  organizations: OrganizationSeed[];
  credentials: CredentialSeed[];
  traits: TraitSeed[];
  families: CareerFamilySeed[];
  careers: CareerSeed[];
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const v of values) (seen.has(v) ? dupes : seen).add(v);
  return [...dupes].sort();
}

/** Records that do not match their zod schema (for seed sets built in code, e.g. by the importer). */
export function schemaProblems(set: SeedSet): string[] {
  const problems: string[] = [];

  for (const [key, { file, schema }] of Object.entries(SEED_FILES)) {
    const records = set[key as keyof typeof SEED_FILES] as unknown[];
    records.forEach((record, i) => {
      const result = schema.safeParse(record);
      if (!result.success) {
        problems.push(
          `${file}[${i}]: ${result.error.issues.map((e) => `${e.path.join('.')} ${e.message}`).join('; ')}`,
        );
      }
    });
  }
  for (const career of set.careers) {
    const result = careerSchema.safeParse(career);
    if (!result.success) {
      problems.push(
        `careers/${career.slug}.json: ${result.error.issues.map((e) => `${e.path.join('.')} ${e.message}`).join('; ')}`,
      );
    }
  }

  return problems;
}

/**
 * Checks across files: ids are unique, every id referenced exists, every source is listed, and
 * each career edge's OOH category is mapped to the setting the edge names. Empty when sound.
 */
export function referenceProblems(set: SeedSet): string[] {
  const problems: string[] = [];

  const unique: [string, string[]][] = [
    ['sources.json url', set.sources.map((s) => s.url)],
    ['education-levels.json code', set.educationLevels.map((e) => e.code)],
    ['settings.json id', set.settings.map((s) => s.id)],
    ['setting-mappings.json oohCategory', set.settingMappings.map((m) => m.oohCategory)],
    ['organizations.json id', set.organizations.map((o) => o.id)],
    ['credentials.json id', set.credentials.map((c) => c.id)],
    ['traits.json id', set.traits.map((t) => t.id)],
    ['career-families.json slug', set.families.map((f) => f.slug)],
    ['careers slug', set.careers.map((c) => c.slug)],
  ];
  for (const [what, values] of unique) {
    for (const dupe of duplicates(values)) problems.push(`${what} "${dupe}" is not unique`);
  }

  const sources = new Set(set.sources.map((s) => s.url));
  const settings = new Set(set.settings.map((s) => s.id));
  const mapping = new Map(set.settingMappings.map((m) => [m.oohCategory, m.settingId]));
  const organizations = new Set(set.organizations.map((o) => o.id));
  const credentials = new Set(set.credentials.map((c) => c.id));
  const traits = new Set(set.traits.map((t) => t.id));
  const families = new Set(set.families.map((f) => f.slug));
  const careers = new Set(set.careers.map((c) => c.slug));

  const needSource = (where: string, url: string): void => {
    if (!sources.has(url)) problems.push(`${where}: source ${url} is not in sources.json`);
  };

  for (const m of set.settingMappings) {
    if (!settings.has(m.settingId)) {
      problems.push(`setting-mappings.json "${m.oohCategory}": unknown setting ${m.settingId}`);
    }
  }
  for (const c of set.credentials) {
    needSource(`credentials.json ${c.id}`, c.source);
    if (c.issuerId !== null && !organizations.has(c.issuerId)) {
      problems.push(`credentials.json ${c.id}: unknown issuer ${c.issuerId}`);
    }
  }
  for (const f of set.families) needSource(`career-families.json ${f.slug}`, f.source);

  for (const c of set.careers) {
    const where = `careers/${c.slug}.json`;
    needSource(where, c.source);
    if (c.pay) needSource(`${where} pay`, c.pay.source);
    if (c.outlook) needSource(`${where} outlook`, c.outlook.source);
    needSource(`${where} entryEducation`, c.entryEducation.source);
    needSource(`${where} licensure`, c.licensure.source);
    if (c.familySlug !== null && !families.has(c.familySlug)) {
      problems.push(`${where}: unknown family ${c.familySlug}`);
    }
    c.payByIndustry.forEach((p) => needSource(`${where} payByIndustry`, p.source));
    c.educationOptions.forEach((e) => needSource(`${where} educationOptions`, e.source));
    c.evidence.forEach((e) => needSource(`${where} evidence ${e.fact}`, e.source));
    for (const s of c.settings) {
      needSource(`${where} settings`, s.source);
      if (!settings.has(s.settingId)) problems.push(`${where}: unknown setting ${s.settingId}`);
      const mapped = mapping.get(s.oohCategory);
      if (mapped === undefined)
        problems.push(`${where}: OOH category "${s.oohCategory}" is not mapped`);
      else if (mapped !== s.settingId) {
        problems.push(`${where}: "${s.oohCategory}" maps to ${mapped}, edge says ${s.settingId}`);
      }
    }
    for (const e of c.credentials) {
      needSource(`${where} credentials`, e.source);
      if (!credentials.has(e.credentialId))
        problems.push(`${where}: unknown credential ${e.credentialId}`);
    }
    for (const t of c.traits) {
      needSource(`${where} traits`, t.source);
      if (!traits.has(t.traitId)) problems.push(`${where}: unknown trait ${t.traitId}`);
    }
    for (const s of c.similarTo) {
      needSource(`${where} similarTo`, s.source);
      if (!careers.has(s.slug)) problems.push(`${where}: similarTo unknown career ${s.slug}`);
      if (s.slug === c.slug) problems.push(`${where}: similar to itself`);
    }
    for (const a of c.advancesTo) {
      needSource(`${where} advancesTo`, a.source);
      if (!careers.has(a.slug)) problems.push(`${where}: advancesTo unknown career ${a.slug}`);
      for (const id of a.credentialIds) {
        if (!credentials.has(id))
          problems.push(`${where}: advancesTo ${a.slug} unknown credential ${id}`);
      }
    }
    for (const [what, values] of [
      ['credentials', c.credentials.map((e) => e.credentialId)],
      ['traits', c.traits.map((t) => t.traitId)],
      ['similarTo', c.similarTo.map((s) => s.slug)],
      ['advancesTo', c.advancesTo.map((a) => a.slug)],
    ] as const) {
      for (const dupe of duplicates(values)) problems.push(`${where}: ${what} lists ${dupe} twice`);
    }
  }
  return problems;
}

/** Schema and reference problems together. */
export function validateSeedSet(set: SeedSet): string[] {
  return [...schemaProblems(set), ...referenceProblems(set)];
}
