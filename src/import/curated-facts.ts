import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from '../paths';
import { CREDENTIAL_KIND, CREDENTIAL_ROLE, EDUCATION_LEVEL } from '../shared/vocabulary';
import { ImportError } from './import-error';

/**
 * Facts that the OOH states only in prose and that are read by a person, not a pattern: which
 * credential a page names and how firmly, which career a worker can move on to, the entry
 * education of sub-occupations whose quick facts say "See How to Become One". They live as data in
 * `data/curated-facts.json`; this file is their schema.
 *
 * Each fact carries `evidence`: words that must appear (case-insensitive, ASCII punctuation) in
 * the How to Become One tab of the page it cites. The importer checks them on every run, so a fact
 * whose wording disappears from the page stops the import instead of lingering in the seeds.
 */

export const CURATED_FACTS_FILE = path.join(
  REPO_ROOT,
  'src',
  'import',
  'data',
  'curated-facts.json',
);

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');
const text = z.string().min(1);
/** Words of the cited page that prove the fact. */
const evidence = text;
const role = z.enum(CREDENTIAL_ROLE.values);
const educationCode = z.enum(EDUCATION_LEVEL.values);

const roleReading = z.strictObject({ role, note: text.nullable(), evidence });

const pattern = z.string().transform((source, ctx) => {
  try {
    return new RegExp(source);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `not a regular expression: ${String(error)}` });
    return z.NEVER;
  }
});

export const curatedFactsSchema = z.strictObject({
  /** Issuing bodies by acronym (as certifications.tsv and the pages write them). */
  organizations: z.record(text, z.strictObject({ id: kebab, name: text })),
  /** certifications.tsv writes some issuers by full name; this maps them to an acronym above. */
  issuerAliases: z.record(text, text),
  /**
   * Secondary sources named in certifications.tsv. The tsv gives only URLs; titles and publishers
   * are descriptive labels for those pages.
   */
  secondarySources: z.record(
    z.url(),
    z.strictObject({
      title: text,
      publisher: text,
      kind: z.enum(['WEB_PAGE', 'CERTIFICATION_LIST']),
    }),
  ),
  /**
   * certifications.tsv links a credential to an OOH page; where that page is split into several
   * careers, this says which career (by tsv acronym) the credential belongs to.
   */
  tsvCareerByAcronym: z.record(kebab, z.record(text, kebab)),
  /**
   * How firmly each career's OOH page asks for the certifications that certifications.tsv lists
   * for it, by career slug then credential id. Medical records specialists are not here: their
   * roles come from the career review (see career-review.ts).
   */
  tsvCredentialRoles: z.record(kebab, z.record(kebab, roleReading)),
  /**
   * Credentials the OOH pages name themselves. Where the page does not name the issuing body the
   * issuer stays null: the seeds only state what a cited source states.
   */
  pageCredentials: z.array(
    z.strictObject({
      id: kebab,
      name: text,
      acronym: text.nullable(),
      kind: z.enum(CREDENTIAL_KIND.values),
      issuer: text.nullable(),
      note: text.nullable(),
      careers: z.array(z.strictObject({ slug: kebab, ...roleReading.shape })).min(1),
    }),
  ),
  /**
   * Life-support certifications many pages mention ("may need CPR or BLS certification"), found by
   * pattern (matched against lower-case text); several organisations teach them, so no issuer.
   */
  lifeSupportCredentials: z.array(
    z.strictObject({ id: kebab, name: text, acronym: text, pattern }),
  ),
  /**
   * The state licence as a credential, for every career whose licensure comes out REQUIRED. The
   * importer stops if a REQUIRED career has no entry, or an entry's career is not REQUIRED.
   * `alsoRequiredBy`: careers that need this licence on top of their own, with the page's words.
   */
  stateLicenses: z.array(
    z.strictObject({
      id: kebab,
      name: text,
      careers: z.array(kebab).min(1),
      alsoRequiredBy: z
        .strictObject({ careers: z.array(kebab).min(1), note: text, evidence })
        .optional(),
    }),
  ),
  /** Entry education of sub-occupations whose quick facts say "See How to Become One". */
  subOccupationEducation: z.record(kebab, z.strictObject({ code: educationCode, evidence })),
  /**
   * Words that pick out a sub-occupation in a sentence, where the head noun of its title is not
   * enough ("EMTs"; radiologic vs MRI technologists share "technologists").
   */
  subOccupationKeywords: z.record(kebab, z.array(text).min(1)),
  /** Career steps the pages state; `page` is the page file name without .html. */
  advancements: z.array(
    z.strictObject({
      from: kebab,
      to: kebab,
      page: kebab,
      evidence,
      credentialIds: z.array(kebab),
      educationCode: educationCode.nullable(),
      note: text.nullable(),
      /** Words of the page that state what the step needs, where `evidence` does not; checked like it. */
      needsEvidence: evidence.optional(),
      /** Why the step's education or credentials read as they do, where the page's words leave a choice. */
      why: text.optional(),
    }),
  ),
});

export type CuratedFacts = z.infer<typeof curatedFactsSchema>;
export type Advancement = CuratedFacts['advancements'][number];

/** Reads and validates the curated facts; every schema problem is reported at once. */
export function readCuratedFacts(file: string = CURATED_FACTS_FILE): CuratedFacts {
  const where = path.relative(REPO_ROOT, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ImportError([`${where}: ${(error as Error).message}`]);
  }
  const parsed = curatedFactsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ImportError(
      parsed.error.issues.map((i) => `${where}: ${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  return parsed.data;
}
