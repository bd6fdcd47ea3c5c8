import { z } from 'zod';
import {
  CREDENTIAL_KIND,
  CREDENTIAL_ROLE,
  EDUCATION_LEVEL,
  EVIDENCED_FACT,
  LICENSURE,
  SETTING_SHARE_SCOPE,
  SOURCE_KIND,
  TRAIT_KIND,
  educationRank,
  type EducationCode,
} from '../shared/vocabulary';

/**
 * The shape of every file under `seeds/`. The loader validates all files against these schemas
 * (and cross-checks their references) before it writes anything, so a bad seed never leaves the
 * graph half-loaded.
 *
 * Every fact carries `source`: the URL of a record in `sources.json`.
 */

const kebab = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, single hyphens)');
const sourceRef = z.string().url();
const pct = z.number().min(0).max(100);
const nonNegInt = z.number().int().nonnegative();

/** Education codes in rank order (index 0 = no formal credential). */
export const EDUCATION_CODES = EDUCATION_LEVEL.values;
export const educationCode = z.enum(EDUCATION_CODES);
export type { EducationCode };

export const licensure = z.enum(LICENSURE.values);
const credentialKind = z.enum(CREDENTIAL_KIND.values);
const credentialRole = z.enum(CREDENTIAL_ROLE.values);
const traitKind = z.enum(TRAIT_KIND.values);
const settingShareScope = z.enum(SETTING_SHARE_SCOPE.values);
export const evidencedFact = z.enum(EVIDENCED_FACT.values);

/** A phrase is a few words to one sentence; the longest the importer keeps is ~330 characters. */
export const EVIDENCE_PHRASE_MAX = 600;

export const sourceSchema = z.strictObject({
  url: sourceRef,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** e.g. "2024-34" for the OOH; null where the source has no edition. */
  edition: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) the page says it was last modified; null when unknown. */
  lastModified: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  kind: z.enum(SOURCE_KIND.values),
});

export const educationLevelSchema = z
  .strictObject({
    code: educationCode,
    name: z.string().min(1),
    /** 0 = no formal credential … 7 = doctoral or professional degree. */
    rank: z.number().int().min(0).max(7),
  })
  // The API's education filters compare ranks it takes from the vocabulary's order.
  .refine((l) => educationRank(l.code) === l.rank, {
    message: "rank must be the code's place in the vocabulary (src/shared/vocabulary.ts)",
    path: ['rank'],
  });

export const settingSchema = z.strictObject({
  id: kebab,
  name: z.string().min(1),
  description: z.string().min(1),
});

/** One OOH "largest employers" category and the canonical setting it belongs to. */
export const settingMappingSchema = z.strictObject({
  oohCategory: z.string().min(1),
  settingId: kebab,
});

export const organizationSchema = z.strictObject({
  id: kebab,
  name: z.string().min(1),
  acronym: z.string().nullable(),
});

export const credentialSchema = z.strictObject({
  id: kebab,
  name: z.string().min(1),
  acronym: z.string().nullable(),
  kind: credentialKind,
  /** Organization id; null for state licenses, which each state issues. */
  issuerId: kebab.nullable(),
  note: z.string().nullable(),
  source: sourceRef,
});

export const traitSchema = z.strictObject({
  id: kebab,
  name: z.string().min(1),
  kind: traitKind,
});

export const careerFamilySchema = z.strictObject({
  slug: kebab,
  title: z.string().min(1),
  source: sourceRef,
});

const money = z.number().nonnegative();

export const careerSchema = z
  .strictObject({
    slug: kebab,
    title: z.string().min(1),
    /** Family (OOH page) slug for pages that cover several occupations; null otherwise. */
    familySlug: kebab.nullable(),
    socCodes: z.array(z.string().regex(/^\d{2}-\d{4}$/)).min(1),
    /** Our own words; the OOH page is linked for its prose. */
    summary: z.string().min(1),
    source: sourceRef,
    pay: z
      .strictObject({
        medianAnnual: money.nullable(),
        medianHourly: money.nullable(),
        /** True when BLS top-codes the median (e.g. "≥ $239,200"): the figure is a floor. */
        isLowerBound: z.boolean(),
        pct10Annual: money.nullable(),
        pct90Annual: money.nullable(),
        pct90IsLowerBound: z.boolean(),
        source: sourceRef,
      })
      .nullable(),
    /** Why `pay` is null, when it is. */
    noPayReason: z.string().nullable(),
    payByIndustry: z.array(
      z.strictObject({
        industry: z.string().min(1),
        medianAnnual: money.nullable(),
        isLowerBound: z.boolean(),
        source: sourceRef,
      }),
    ),
    entryEducation: z.strictObject({ code: educationCode, source: sourceRef }),
    /** Further education levels the career can be entered or progressed with (e.g. the review's ladder). */
    educationOptions: z.array(
      z.strictObject({ code: educationCode, note: z.string().nullable(), source: sourceRef }),
    ),
    workExperience: z.string().nullable(),
    onTheJobTraining: z.string().nullable(),
    outlook: z
      .strictObject({
        jobs2024: nonNegInt.nullable(),
        projectedEmployment2034: nonNegInt.nullable(),
        growthPct: z.number().nullable(),
        /** BLS's own words for the growth, e.g. "Much faster than average". */
        growthDescription: z.string().nullable(),
        employmentChange: z.number().int().nullable(),
        annualOpenings: nonNegInt.nullable(),
        source: sourceRef,
      })
      .nullable(),
    licensure: z.strictObject({
      status: licensure,
      /** What the licence covers or where it applies, in our words; null when none. */
      scope: z.string().nullable(),
      source: sourceRef,
    }),
    settings: z.array(
      z.strictObject({
        settingId: kebab,
        /** The OOH's own category name, kept on the edge. */
        oohCategory: z.string().min(1),
        sharePct: pct.nullable(),
        /**
         * OCCUPATION: a share of this career's jobs. FAMILY: a share of the whole OOH page's jobs,
         * for sub-occupations whose page gives one table for all of them.
         */
        scope: settingShareScope,
        source: sourceRef,
      }),
    ),
    /** Why `settings` is empty, when it is. */
    noSettingsReason: z.string().nullable(),
    credentials: z.array(
      z.strictObject({
        credentialId: kebab,
        role: credentialRole,
        note: z.string().nullable(),
        source: sourceRef,
      }),
    ),
    traits: z.array(z.strictObject({ traitId: kebab, source: sourceRef })),
    similarTo: z.array(z.strictObject({ slug: kebab, source: sourceRef })),
    advancesTo: z.array(
      z.strictObject({
        slug: kebab,
        /** Credentials the step needs (ids in credentials.json). */
        credentialIds: z.array(kebab),
        /** Education level the step needs, when the source names one. */
        educationCode: educationCode.nullable(),
        note: z.string().nullable(),
        source: sourceRef,
      }),
    ),
    /**
     * For facts read from the career's own OOH page: the page's words that state each one (a
     * sentence or a table row, verbatim once whitespace is collapsed), so a reader can find the
     * fact there. Quotations for locating a fact, never descriptions. A fact whose phrase the
     * importer could not find is absent; at most one phrase per fact.
     */
    evidence: z.array(
      z.strictObject({
        fact: evidencedFact,
        phrase: z
          .string()
          .min(1)
          .max(EVIDENCE_PHRASE_MAX)
          .refine((p) => p === p.replace(/[\s\u00a0]+/g, ' ').trim(), {
            message: 'must have its whitespace collapsed (single spaces, no ends)',
          }),
        source: sourceRef,
      }),
    ),
  })
  .superRefine((c, ctx) => {
    const known: Record<(typeof EVIDENCED_FACT.values)[number], boolean> = {
      MEDIAN_PAY: c.pay?.medianAnnual != null,
      JOBS_2024: c.outlook?.jobs2024 != null,
      PROJECTED_GROWTH: c.outlook?.growthPct != null,
      ANNUAL_OPENINGS: c.outlook?.annualOpenings != null,
      ENTRY_EDUCATION: true,
      LICENSURE: c.licensure.status !== 'UNKNOWN',
    };
    const seen = new Set<string>();
    c.evidence.forEach((e, i) => {
      const issue = (message: string): void =>
        ctx.addIssue({ code: 'custom', path: ['evidence', i], message });
      if (seen.has(e.fact)) issue(`${e.fact} has two phrases`);
      seen.add(e.fact);
      // The phrases quote the career's own page, which is what the API cites them with.
      if (e.source !== c.source) issue(`${e.fact}: source must be the career's page ${c.source}`);
      if (!known[e.fact]) issue(`${e.fact}: a phrase for a figure the seed does not know`);
    });
    if (c.pay === null && !c.noPayReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['noPayReason'],
        message: 'pay is null: give a reason',
      });
    }
    if (c.settings.length === 0 && !c.noSettingsReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['noSettingsReason'],
        message: 'no settings: give a reason',
      });
    }
    for (const scope of SETTING_SHARE_SCOPE.values) {
      const total = c.settings
        .filter((s) => s.scope === scope)
        .reduce((sum, s) => sum + (s.sharePct ?? 0), 0);
      if (total > 100.0001) {
        ctx.addIssue({
          code: 'custom',
          path: ['settings'],
          message: `${scope} setting shares sum to ${total} %, more than 100`,
        });
      }
    }
  });

export type SourceSeed = z.infer<typeof sourceSchema>;
export type EducationLevelSeed = z.infer<typeof educationLevelSchema>;
export type SettingSeed = z.infer<typeof settingSchema>;
export type SettingMappingSeed = z.infer<typeof settingMappingSchema>;
export type OrganizationSeed = z.infer<typeof organizationSchema>;
export type CredentialSeed = z.infer<typeof credentialSchema>;
export type TraitSeed = z.infer<typeof traitSchema>;
export type CareerFamilySeed = z.infer<typeof careerFamilySchema>;
export type CareerSeed = z.infer<typeof careerSchema>;

/** Files under `seeds/`, each a JSON array of one record kind; careers live one per file. */
export const SEED_FILES = {
  sources: { file: 'sources.json', schema: sourceSchema },
  educationLevels: { file: 'education-levels.json', schema: educationLevelSchema },
  settings: { file: 'settings.json', schema: settingSchema },
  settingMappings: { file: 'setting-mappings.json', schema: settingMappingSchema },
  organizations: { file: 'organizations.json', schema: organizationSchema },
  credentials: { file: 'credentials.json', schema: credentialSchema },
  traits: { file: 'traits.json', schema: traitSchema },
  families: { file: 'career-families.json', schema: careerFamilySchema },
} as const;

export const CAREERS_DIR = 'careers';
