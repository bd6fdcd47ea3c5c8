import type { CareerFamilySeed, SettingMappingSeed, SourceSeed } from '../seed/seed.schema';
import type { SeedSet } from '../seed/validate-seeds';
import { readAdvancements } from './advancements';
import { REVIEW_CAREER_SLUG, REVIEW_SETTINGS, REVIEW_SOURCE } from './career-review';
import { planImport, type ImportPlan } from './career-plan';
import { buildCareer } from './career-seed';
import {
  addCertificationsTable,
  addLifeSupportCredentials,
  addPageCredentials,
  addStateLicences,
  CredentialCatalogue,
} from './credentials';
import { readCuratedFacts, type CuratedFacts } from './curated-facts';
import { EDUCATION_LEVELS } from './education';
import { ImportError } from './import-error';
import type { CertificationRow, OccupationRow } from './inputs';
import { readCareerLicensure, readLicensure } from './licensure';
import type { OohPage } from './ooh-page';
import { checkPagesAgainstCsv } from './page-checks';
import { checkReviewLicensure, withReviewFacts } from './review-facts';
import { CANONICAL_SETTINGS } from './settings-map';
import { TraitCatalogue } from './traits';

export { ImportError } from './import-error';
export { WAGE_TOP_CODE_ANNUAL } from './career-seed';

/**
 * Turns parsed OOH pages, the two tables and the career review into the seed set. Pure apart from
 * reading the curated facts: no other file access, so tests can feed it pages. Problems are
 * collected and thrown together as an ImportError, because one run should tell the maintainer
 * everything that is wrong.
 */

export interface ImportInputs {
  pages: readonly OohPage[];
  occupations: readonly OccupationRow[];
  certifications: readonly CertificationRow[];
  reviewText: string;
}

const OOH_PUBLISHER = 'U.S. Bureau of Labor Statistics';
const OOH_EDITION = '2024-34';

export function buildSeedSet(
  inputs: ImportInputs,
  facts: CuratedFacts = readCuratedFacts(),
): SeedSet {
  const problems: string[] = [];
  checkPagesAgainstCsv(inputs.pages, inputs.occupations, problems);
  const plan = planImport(inputs.pages, facts, problems);

  const licensure = readLicensure(plan);
  checkReviewLicensure(licensure.get(REVIEW_CAREER_SLUG)?.status, inputs.reviewText, problems);

  const credentials = new CredentialCatalogue(plan, facts, problems);
  addCertificationsTable(
    credentials,
    inputs.certifications,
    plan,
    facts,
    inputs.reviewText,
    problems,
  );
  addPageCredentials(credentials, plan, facts, problems);
  addStateLicences(credentials, plan, licensure, facts, problems);
  addLifeSupportCredentials(credentials, plan, facts);

  const advancements = readAdvancements(plan, facts, problems);
  const traits = new TraitCatalogue(problems);
  const careers = plan.careers.map((career) => {
    const seed = buildCareer(
      career,
      plan,
      facts,
      {
        credentials: credentials.of(career.slug),
        advancesTo: advancements.get(career.slug) ?? [],
        licensure: licensure.get(career.slug),
        licensureSentence: readCareerLicensure(career).evidence,
      },
      traits,
      problems,
    );
    return career.slug === REVIEW_CAREER_SLUG
      ? withReviewFacts(seed, inputs.reviewText, traits, problems)
      : seed;
  });

  if (problems.length > 0) throw new ImportError(problems);

  const settingsUsed = new Set(careers.flatMap((c) => c.settings.map((s) => s.settingId)));
  return {
    sources: [...pageSources(plan), { ...REVIEW_SOURCE }, ...credentials.sources.values()],
    educationLevels: [...EDUCATION_LEVELS],
    settings: CANONICAL_SETTINGS.filter((s) => settingsUsed.has(s.id)).map((s) => ({
      id: s.id,
      name: s.name,
      description: s.description,
    })),
    settingMappings: settingMappings().filter((m) => settingsUsed.has(m.settingId)),
    organizations: [...credentials.organizations.values()],
    credentials: [...credentials.credentials.values()],
    traits: [...traits.traits.values()],
    families: careerFamilies(plan),
    careers,
  };
}

function pageSources(plan: ImportPlan): SourceSeed[] {
  return plan.pages.map((page) => ({
    url: page.url,
    title: `Occupational Outlook Handbook: ${page.quickFacts.title}`,
    publisher: OOH_PUBLISHER,
    edition: OOH_EDITION,
    lastModified: page.lastModified,
    kind: 'OOH_PAGE',
  }));
}

/** Every OOH category, and the review's own wording, with the setting it belongs to. */
function settingMappings(): SettingMappingSeed[] {
  return [
    ...CANONICAL_SETTINGS.flatMap((s) =>
      s.oohCategories.map((oohCategory) => ({ oohCategory, settingId: s.id })),
    ),
    ...REVIEW_SETTINGS.map((r) => ({ oohCategory: r.oohCategory, settingId: r.settingId })),
  ];
}

/** One family per split page, named and sourced by that page. */
function careerFamilies(plan: ImportPlan): CareerFamilySeed[] {
  const families = new Map<string, CareerFamilySeed>();
  for (const career of plan.careers) {
    if (career.familySlug) {
      families.set(career.familySlug, {
        slug: career.familySlug,
        title: career.page.quickFacts.title,
        source: career.page.url,
      });
    }
  }
  return [...families.values()];
}
