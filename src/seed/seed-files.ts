import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  CAREERS_DIR,
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
} from './seed.schema';

/** Everything under `seeds/`, parsed and cross-checked. */
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

export class SeedValidationError extends Error {
  override readonly name = 'SeedValidationError';
  constructor(readonly problems: string[]) {
    super(
      `Seed validation failed (${problems.length} problem${problems.length === 1 ? '' : 's'}); ` +
        `nothing was written:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

function readJson(file: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push(`${file}: ${(err as Error).message}`);
    return undefined;
  }
}

function describe(file: string, error: z.ZodError): string[] {
  return error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);
}

/**
 * Reads and validates every seed file in `dir`. Throws `SeedValidationError` listing all problems
 * (not just the first) so one run shows everything to fix.
 */
export function readSeeds(dir: string): SeedSet {
  const problems: string[] = [];
  if (!existsSync(dir)) throw new SeedValidationError([`${dir}: seed folder not found`]);

  const list = <T>(key: keyof typeof SEED_FILES): T[] => {
    const { file, schema } = SEED_FILES[key];
    const full = path.join(dir, file);
    const raw = readJson(full, problems);
    if (raw === undefined) return [];
    const parsed = z.array(schema as z.ZodType).safeParse(raw);
    if (!parsed.success) {
      problems.push(...describe(file, parsed.error));
      return [];
    }
    return parsed.data as T[];
  };

  const set: SeedSet = {
    sources: list('sources'),
    educationLevels: list('educationLevels'),
    settings: list('settings'),
    settingMappings: list('settingMappings'),
    organizations: list('organizations'),
    credentials: list('credentials'),
    traits: list('traits'),
    families: list('families'),
    careers: [],
  };

  const careerDir = path.join(dir, CAREERS_DIR);
  const careerFiles = existsSync(careerDir)
    ? readdirSync(careerDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  if (careerFiles.length === 0) problems.push(`${CAREERS_DIR}/: no career files`);
  for (const f of careerFiles) {
    const rel = `${CAREERS_DIR}/${f}`;
    const raw = readJson(path.join(careerDir, f), problems);
    if (raw === undefined) continue;
    const parsed = careerSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...describe(rel, parsed.error));
      continue;
    }
    if (`${parsed.data.slug}.json` !== f) {
      problems.push(`${rel}: slug "${parsed.data.slug}" does not match the file name`);
    }
    set.careers.push(parsed.data);
  }

  problems.push(...crossCheck(set));
  if (problems.length > 0) throw new SeedValidationError(problems);
  return set;
}

/** Checks that every reference between seed records points at a record that exists, and keys are unique. */
export function crossCheck(set: SeedSet): string[] {
  const problems: string[] = [];
  const keys = <T>(name: string, rows: T[], key: (r: T) => string): Set<string> => {
    const seen = new Set<string>();
    for (const r of rows) {
      const k = key(r);
      if (seen.has(k)) problems.push(`${name}: duplicate key "${k}"`);
      seen.add(k);
    }
    return seen;
  };
  const sources = keys('sources', set.sources, (s) => s.url);
  const levels = keys('education-levels', set.educationLevels, (e) => e.code);
  const settings = keys('settings', set.settings, (s) => s.id);
  const orgs = keys('organizations', set.organizations, (o) => o.id);
  const credentials = keys('credentials', set.credentials, (c) => c.id);
  const traits = keys('traits', set.traits, (t) => t.id);
  const families = keys('career-families', set.families, (f) => f.slug);
  const careers = keys('careers', set.careers, (c) => c.slug);
  keys('setting-mappings', set.settingMappings, (m) => m.oohCategory);

  keys('education-levels (rank)', set.educationLevels, (e) => String(e.rank));
  const ref = (where: string, kind: string, known: Set<string>, value: string | null): void => {
    if (value !== null && !known.has(value)) problems.push(`${where}: unknown ${kind} "${value}"`);
  };

  set.settingMappings.forEach((m) =>
    ref(`setting-mappings "${m.oohCategory}"`, 'setting', settings, m.settingId),
  );
  set.credentials.forEach((c) => {
    ref(`credentials "${c.id}"`, 'organization', orgs, c.issuerId);
    ref(`credentials "${c.id}"`, 'source', sources, c.source);
  });
  set.families.forEach((f) => ref(`career-families "${f.slug}"`, 'source', sources, f.source));

  for (const c of set.careers) {
    const at = `careers/${c.slug}.json`;
    const src = (where: string, url: string): void => ref(`${at} ${where}`, 'source', sources, url);
    src('source', c.source);
    ref(at, 'career family', families, c.familySlug);
    if (c.pay) src('pay', c.pay.source);
    c.payByIndustry.forEach((p) => src(`payByIndustry "${p.industry}"`, p.source));
    ref(at, 'education level', levels, c.entryEducation.code);
    src('entryEducation', c.entryEducation.source);
    c.educationOptions.forEach((e) => {
      ref(at, 'education level', levels, e.code);
      src('educationOptions', e.source);
    });
    if (c.outlook) src('outlook', c.outlook.source);
    src('licensure', c.licensure.source);
    c.settings.forEach((s) => {
      ref(at, 'setting', settings, s.settingId);
      src(`settings "${s.oohCategory}"`, s.source);
    });
    c.credentials.forEach((x) => {
      ref(at, 'credential', credentials, x.credentialId);
      src(`credentials "${x.credentialId}"`, x.source);
    });
    c.traits.forEach((t) => {
      ref(at, 'trait', traits, t.traitId);
      src(`traits "${t.traitId}"`, t.source);
    });
    c.similarTo.forEach((s) => {
      ref(at, 'similar career', careers, s.slug);
      src(`similarTo "${s.slug}"`, s.source);
    });
    c.advancesTo.forEach((a) => {
      ref(at, 'advancement career', careers, a.slug);
      a.credentialIds.forEach((id) => ref(at, 'credential', credentials, id));
      ref(at, 'education level', levels, a.educationCode);
      src(`advancesTo "${a.slug}"`, a.source);
    });
  }
  return problems;
}
