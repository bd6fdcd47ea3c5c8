import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import path from 'node:path';
import { readSeeds, type SeedSet } from '../src/seed/seed-files';
import {
  CREDENTIAL_KIND,
  CREDENTIAL_ROLE,
  EDUCATION_LEVEL,
  LICENSURE,
  TRAIT_KIND,
} from '../src/shared/vocabulary';
import {
  CAREERS_DIR,
  SEED_FILES,
  type CareerSeed,
  type CredentialSeed,
  type SourceSeed,
  type TraitSeed,
} from '../src/seed/seed.schema';

/**
 * A synthetic graph with the project's own model, written in the seed file format so it goes
 * through the same validator and loader as the real seeds. Deterministic: the same size and PRNG
 * seed give byte-identical files, so two benchmark runs load the same graph.
 *
 * Fan-outs follow ESCO's shape at ~3,000 occupations: ~14,000 skills (traits here), 30–40 per
 * career and skewed (a few are on most careers, most on a handful), 5–8 work settings, ~10
 * similar careers near it, 1–5 credentials and short advancement chains inside a cluster of
 * related careers. Everything scales linearly with the number of careers.
 */

/** mulberry32: a tiny, well-known seeded PRNG; quality is ample for picking fan-outs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// prettier-ignore
const SPECIALTIES = [
  'Medical', 'Clinical', 'Surgical', 'Dental', 'Pediatric', 'Cardiac', 'Radiologic', 'Respiratory',
  'Occupational', 'Physical', 'Psychiatric', 'Veterinary', 'Pharmacy', 'Nuclear', 'Orthopedic',
  'Neonatal', 'Geriatric', 'Emergency', 'Oncology', 'Renal', 'Optical', 'Hearing', 'Speech',
  'Nutrition', 'Rehabilitation', 'Laboratory', 'Sleep', 'Vascular', 'Forensic', 'Public Health',
];
// prettier-ignore
const DOMAINS = [
  'Records', 'Imaging', 'Care', 'Therapy', 'Diagnostics', 'Support', 'Coding', 'Monitoring',
  'Equipment', 'Research', 'Education', 'Services', 'Testing', 'Nursing', 'Administration',
];
// prettier-ignore
const ROLES = [
  'Specialists', 'Technicians', 'Technologists', 'Assistants', 'Aides', 'Coordinators',
  'Therapists', 'Managers', 'Practitioners', 'Scientists', 'Educators', 'Consultants',
];
// prettier-ignore
const SKILL_VERBS = [
  'Apply', 'Assess', 'Monitor', 'Document', 'Interpret', 'Operate', 'Maintain', 'Plan',
  'Communicate', 'Coordinate', 'Analyse', 'Administer', 'Evaluate', 'Manage', 'Teach',
];
// prettier-ignore
const SKILL_OBJECTS = [
  'patient records', 'vital signs', 'imaging equipment', 'care plans', 'lab samples', 'medication',
  'infection control', 'billing codes', 'treatment plans', 'safety procedures', 'test results',
  'team schedules', 'clinical guidelines', 'sterile fields', 'patient education', 'budgets',
];

export const SYNTHETIC_HOST = 'https://synthetic.invalid';
const CREDENTIAL_LIST = `${SYNTHETIC_HOST}/credentials`;
const CLUSTER = 20;
const EDUCATION_CODES = EDUCATION_LEVEL.values;

export interface SyntheticProbe {
  /** A career with the median number of relations, for "career by slug". */
  slug: string;
  /** Two careers whose shortest advancement path has 2 or more steps. */
  pathFrom: string;
  pathTo: string;
}

/** The real seeds' small reference lists (settings, OOH categories, education levels). */
type Reference = Pick<SeedSet, 'settings' | 'settingMappings' | 'educationLevels'>;

/**
 * Builds the seed set for `careers` careers. The settings, their OOH category mappings and the
 * education levels are the real ones (so the benchmark's filters name real ids); everything
 * else is generated.
 */
export function generateSeedSet(careers: number, reference: Reference, seed = 9): SeedSet {
  const rnd = prng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  /** k distinct indices in [0, n), drawn by `draw` (which may skew them). */
  const distinct = (k: number, n: number, draw: () => number): number[] => {
    const out = new Set<number>();
    for (let guard = 0; out.size < Math.min(k, n) && guard < k * 20; guard++) out.add(draw());
    return [...out];
  };
  const scale = careers / 3000;
  const traitCount = Math.max(100, Math.round(14000 * scale));
  const orgCount = Math.max(15, Math.round(150 * scale));
  const credentialCount = Math.max(60, Math.round(1200 * scale));
  const familyCount = Math.max(5, Math.round(careers / 10));

  const sources: SourceSeed[] = [
    {
      url: CREDENTIAL_LIST,
      title: 'Synthetic credential list',
      publisher: 'Benchmark generator',
      edition: null,
      lastModified: null,
      kind: 'CERTIFICATION_LIST',
    },
  ];
  const careerUrl = (slug: string): string => `${SYNTHETIC_HOST}/careers/${slug}`;

  const organizations = Array.from({ length: orgCount }, (_, i) => ({
    id: `org-${i}`,
    name: `${pick(SPECIALTIES)} Board ${i}`,
    acronym: rnd() < 0.7 ? `B${i}` : null,
  }));
  const credentials: CredentialSeed[] = Array.from({ length: credentialCount }, (_, i) => {
    const kind = pick(CREDENTIAL_KIND.values);
    return {
      id: `cred-${i}`,
      name: `${pick(SPECIALTIES)} ${pick(DOMAINS)} ${kind.toLowerCase().replace('_', ' ')} ${i}`,
      acronym: rnd() < 0.6 ? `C${i}` : null,
      kind,
      issuerId: kind === 'LICENSE' ? null : `org-${int(0, orgCount - 1)}`,
      note: null,
      source: CREDENTIAL_LIST,
    };
  });
  const traits: TraitSeed[] = Array.from({ length: traitCount }, (_, i) => ({
    id: `skill-${i}`,
    name: `${pick(SKILL_VERBS)} ${pick(SKILL_OBJECTS)} ${i}`,
    kind: i % 10 === 0 ? pick(TRAIT_KIND.values) : 'QUALITY',
  }));
  const families = Array.from({ length: familyCount }, (_, i) => {
    const slug = `family-${i}`;
    sources.push({
      url: careerUrl(slug),
      title: `Family page ${i}`,
      publisher: 'Benchmark generator',
      edition: null,
      lastModified: null,
      kind: 'OOH_PAGE',
    });
    return { slug, title: `Family ${i}`, source: careerUrl(slug) };
  });

  const slugs = Array.from({ length: careers }, (_, i) => {
    const title = `${SPECIALTIES[i % SPECIALTIES.length]} ${DOMAINS[Math.floor(i / SPECIALTIES.length) % DOMAINS.length]} ${ROLES[Math.floor(i / (SPECIALTIES.length * DOMAINS.length)) % ROLES.length]}`;
    return { title, slug: `${title.toLowerCase().replace(/\s+/g, '-')}-${i}` };
  });
  // Skewed draws: u² puts most picks on low indices, so some skills are on most careers.
  const skewedTrait = (): number => Math.floor(traitCount * rnd() ** 2);
  const near = (i: number, spread: number): number =>
    Math.min(careers - 1, Math.max(0, i + int(-spread, spread)));

  const careerSeeds: CareerSeed[] = slugs.map(({ slug, title }, i) => {
    const source = careerUrl(slug);
    sources.push({
      url: source,
      title: `${title} (synthetic page)`,
      publisher: 'Benchmark generator',
      edition: '2024-34',
      lastModified: '2025-01-01',
      kind: 'OOH_PAGE',
    });
    const median = int(28, 240) * 1000;
    const hasPay = rnd() > 0.05;
    const categories = distinct(int(5, 8), reference.settingMappings.length, () =>
      int(0, reference.settingMappings.length - 1),
    );
    const weights = categories.map(() => rnd() + 0.1);
    const total = weights.reduce((a, b) => a + b, 0);
    const credentialIds = distinct(int(1, 5), credentialCount, () =>
      int(0, credentialCount - 1),
    ).map((n) => `cred-${n}`);
    const cluster = Math.floor(i / CLUSTER) * CLUSTER;
    const advances = [i + 1, i + 2, i + 3].filter(
      (j, k) => j < careers && j < cluster + CLUSTER && (k === 0 || rnd() < 0.3),
    );
    const growth = Math.round((rnd() * 30 - 5) * 10) / 10;
    const jobs = int(1, 900) * 1000;
    return {
      slug,
      title,
      familySlug: rnd() < 0.3 ? `family-${int(0, familyCount - 1)}` : null,
      socCodes: [`29-${String(1000 + (i % 9000)).padStart(4, '0')}`],
      summary: `Synthetic career ${i}: ${title.toLowerCase()} for the benchmark.`,
      source,
      pay: hasPay
        ? {
            medianAnnual: median,
            medianHourly: Math.round((median / 2080) * 100) / 100,
            isLowerBound: false,
            pct10Annual: Math.round(median * 0.7),
            pct90Annual: Math.round(median * 1.5),
            pct90IsLowerBound: false,
            source,
          }
        : null,
      noPayReason: hasPay ? null : 'The synthetic page gives no pay.',
      payByIndustry: Array.from({ length: int(0, 3) }, (_, k) => ({
        industry: `Industry ${int(0, 60)}-${k}`,
        medianAnnual: Math.round(median * (0.8 + rnd() * 0.4)),
        isLowerBound: false,
        source,
      })),
      entryEducation: { code: pick(EDUCATION_CODES), source },
      educationOptions: distinct(int(1, 3), EDUCATION_CODES.length, () =>
        int(0, EDUCATION_CODES.length - 1),
      ).map((n) => ({ code: EDUCATION_CODES[n] ?? 'BACHELORS_DEGREE', note: null, source })),
      workExperience: null,
      onTheJobTraining: null,
      outlook: {
        jobs2024: jobs,
        projectedEmployment2034: Math.round(jobs * (1 + growth / 100)),
        growthPct: growth,
        growthDescription: growth > 3 ? 'Faster than average' : 'As fast as average',
        employmentChange: Math.round((jobs * growth) / 100),
        annualOpenings: Math.round(jobs / 10),
        source,
      },
      licensure: { status: pick(LICENSURE.values), scope: null, source },
      settings: categories.map((n, k) => {
        const m = reference.settingMappings[n];
        if (!m) throw new Error(`no mapping ${n}`);
        return {
          settingId: m.settingId,
          oohCategory: m.oohCategory,
          scope: 'OCCUPATION' as const,
          sharePct: Math.floor(((weights[k] ?? 0) / total) * 900) / 10,
          source,
        };
      }),
      noSettingsReason: null,
      credentials: credentialIds.map((credentialId) => ({
        credentialId,
        role: pick(CREDENTIAL_ROLE.values),
        note: null,
        source: CREDENTIAL_LIST,
      })),
      traits: distinct(int(30, 40), traitCount, skewedTrait).map((n) => ({
        traitId: `skill-${n}`,
        source,
      })),
      similarTo: distinct(int(8, 12), careers, () => near(i, 60))
        .filter((j) => j !== i)
        .map((j) => ({ slug: slugs[j]?.slug ?? slug, source })),
      advancesTo: advances.map((j) => ({
        slug: slugs[j]?.slug ?? slug,
        credentialIds: rnd() < 0.5 ? credentialIds.slice(0, 1) : [],
        educationCode: null,
        note: null,
        source,
      })),
      // Synthetic careers have no page to quote.
      evidence: [],
    };
  });

  return {
    sources,
    educationLevels: reference.educationLevels,
    settings: reference.settings,
    settingMappings: reference.settingMappings,
    organizations,
    credentials,
    traits,
    families,
    careers: careerSeeds,
  };
}

/** Where a size's synthetic careers stand out: the questions the benchmark asks of them. */
export function syntheticProbe(set: SeedSet): SyntheticProbe {
  const byRelations = [...set.careers].sort(
    (a, b) =>
      a.traits.length + a.settings.length - (b.traits.length + b.settings.length) ||
      a.slug.localeCompare(b.slug),
  );
  const middle = byRelations[Math.floor(byRelations.length / 2)];
  // Every cluster is a chain with some skips, so its first and seventh careers (generated slugs
  // end in their index) are a few steps apart: fewer than six when a skip is taken.
  const byIndex = (n: number): CareerSeed | undefined =>
    set.careers.find((c) => c.slug.endsWith(`-${n}`));
  const first = byIndex(0);
  const last = byIndex(Math.min(6, set.careers.length - 1));
  if (!middle || !first || !last) throw new Error('not a synthetic seed set');
  return { slug: middle.slug, pathFrom: first.slug, pathTo: last.slug };
}

/** Reads the real settings, OOH category mappings and education levels the generator reuses. */
export function readReference(seedsDir: string): Reference {
  const read = <K extends 'settings' | 'settingMappings' | 'educationLevels'>(
    key: K,
  ): SeedSet[K] => {
    const { file, schema } = SEED_FILES[key];
    const raw: unknown = JSON.parse(readFileSync(path.join(seedsDir, file), 'utf8'));
    return z.array(schema as z.ZodType).parse(raw) as SeedSet[K];
  };
  return {
    settings: read('settings'),
    settingMappings: read('settingMappings'),
    educationLevels: read('educationLevels'),
  };
}

/** Writes the set in the seed folder layout (one file per career), replacing `dir`. */
export function writeSeedSet(set: SeedSet, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, CAREERS_DIR), { recursive: true });
  for (const [key, { file }] of Object.entries(SEED_FILES)) {
    writeFileSync(path.join(dir, file), JSON.stringify(set[key as keyof typeof SEED_FILES]));
  }
  for (const c of set.careers) {
    writeFileSync(path.join(dir, CAREERS_DIR, `${c.slug}.json`), JSON.stringify(c));
  }
}

/** Generates, writes and reads back (through the seed validator) a synthetic seed folder. */
export function syntheticSeeds(careers: number, dir: string, reference: Reference): SeedSet {
  writeSeedSet(generateSeedSet(careers, reference), dir);
  return readSeeds(dir);
}
