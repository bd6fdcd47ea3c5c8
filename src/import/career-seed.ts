import type { CareerSeed } from '../seed/seed.schema';
import type { EducationCode } from '../shared/vocabulary';
import {
  familyTable,
  hasEvidence,
  same,
  subjectTable,
  type CareerPlan,
  type ImportPlan,
} from './career-plan';
import type { CuratedFacts } from './curated-facts';
import { educationCodeFor } from './education';
import { careerEvidence } from './evidence';
import { settingIdFor } from './settings-map';
import { SUMMARIES } from './summaries';
import { normaliseQuality, type TraitCatalogue } from './traits';

/**
 * One career's seed, read from its page: pay, outlook, entry education, settings, qualities and
 * similar careers. The facts found across pages (credentials, licensure, career steps) come in.
 */

/**
 * BLS publishes no wage above $239,200 a year ($115.00 an hour): higher figures are shown as
 * "$239,200 or more", and a 90th percentile "more than $239,200" is that cap, not a measurement.
 */
export const WAGE_TOP_CODE_ANNUAL = 239_200;

export interface CrossPageFacts {
  credentials: CareerSeed['credentials'];
  advancesTo: CareerSeed['advancesTo'];
  licensure: CareerSeed['licensure'] | undefined;
  /** The sentence of the page that decided the licensure class; null when the page is silent. */
  licensureSentence: string | null;
}

export function buildCareer(
  career: CareerPlan,
  plan: ImportPlan,
  facts: CuratedFacts,
  found: CrossPageFacts,
  traits: TraitCatalogue,
  problems: string[],
): CareerSeed {
  const { page } = career;
  const summary = SUMMARIES[career.slug];
  if (!summary) problems.push(`${page.file}: no summary for ${career.slug} in summaries.ts`);
  const seed: Omit<CareerSeed, 'evidence'> = {
    slug: career.slug,
    title: career.title,
    familySlug: career.familySlug,
    socCodes: [...career.socCodes].sort(),
    summary: summary ?? career.title,
    source: page.url,
    ...careerPay(career, problems),
    payByIndustry: (
      subjectTable(career, page.industryWageTables, problems, 'industry wage')?.rows ?? []
    ).map((r) => ({
      industry: r.industry,
      medianAnnual: r.medianAnnual,
      isLowerBound: r.isLowerBound,
      source: page.url,
    })),
    entryEducation: { code: entryEducation(career, facts, problems), source: page.url },
    educationOptions: [],
    workExperience: page.quickFacts.workExperience,
    onTheJobTraining: page.quickFacts.onTheJobTraining,
    outlook: careerOutlook(career, problems),
    licensure: found.licensure ?? { status: 'UNKNOWN', scope: null, source: page.url },
    ...careerSettings(career, problems),
    credentials: found.credentials,
    traits: careerTraits(career, traits),
    similarTo: similarCareers(career, plan),
    advancesTo: found.advancesTo,
  };
  return {
    ...seed,
    evidence: careerEvidence({
      career,
      seed,
      facts,
      licensureSentence: found.licensureSentence,
    }),
  };
}

/** The quick facts' level, or for a sub-occupation the curated level its page states in prose. */
function entryEducation(
  career: CareerPlan,
  facts: CuratedFacts,
  problems: string[],
): EducationCode {
  const { page } = career;
  const code = educationCodeFor(page.quickFacts.entryEducation);
  if (code !== null) return code;
  const known = facts.subOccupationEducation[career.slug];
  if (!known) {
    problems.push(
      `${page.file}: no entry education for ${career.slug} ("${page.quickFacts.entryEducation}")`,
    );
  } else if (!hasEvidence(page, known.evidence)) {
    problems.push(
      `${page.file}: education evidence for ${career.slug} not found: "${known.evidence}"`,
    );
  } else return known.code;
  return 'NO_FORMAL_CREDENTIAL';
}

function careerPay(
  career: CareerPlan,
  problems: string[],
): Pick<CareerSeed, 'pay' | 'noPayReason'> {
  const { page } = career;
  const url = page.url;
  const qf = page.quickFacts;
  const topCoded = (pct90: number | null): boolean =>
    pct90 !== null && pct90 >= WAGE_TOP_CODE_ANNUAL;
  if (career.siblings.length === 0) {
    const paragraph = page.wageParagraphs[0];
    if (paragraph && paragraph.medianAnnual !== qf.medianAnnual) {
      problems.push(
        `${page.file}: Pay says median ${paragraph.medianAnnual}, quick facts ${qf.medianAnnual}`,
      );
    }
    const pct90 = paragraph?.pct90Annual ?? null;
    return {
      pay: {
        medianAnnual: qf.medianAnnual,
        medianHourly: qf.medianHourly,
        isLowerBound: qf.medianIsLowerBound || (paragraph?.medianIsLowerBound ?? false),
        pct10Annual: paragraph?.pct10Annual ?? null,
        pct90Annual: pct90,
        pct90IsLowerBound: topCoded(pct90),
        source: url,
      },
      noPayReason: null,
    };
  }
  const paragraph = page.wageParagraphs.find(
    (w) => w.subject !== null && same(w.subject, career.name),
  );
  if (paragraph) {
    return {
      pay: {
        medianAnnual: paragraph.medianAnnual,
        // The hourly median in quick facts is for the whole page's group, not this occupation.
        medianHourly: null,
        isLowerBound: paragraph.medianIsLowerBound,
        pct10Annual: paragraph.pct10Annual,
        pct90Annual: paragraph.pct90Annual,
        pct90IsLowerBound: topCoded(paragraph.pct90Annual),
        source: url,
      },
      noPayReason: null,
    };
  }
  const row = (page.occupationWageTable ?? []).find((w) => same(w.industry, career.name));
  if (row) {
    return {
      pay: {
        medianAnnual: row.medianAnnual,
        medianHourly: null,
        isLowerBound: row.isLowerBound,
        pct10Annual: null,
        pct90Annual: null,
        pct90IsLowerBound: false,
        source: url,
      },
      noPayReason: null,
    };
  }
  return { pay: null, noPayReason: `The OOH page gives no wage for ${career.name} on its own.` };
}

function careerOutlook(career: CareerPlan, problems: string[]): CareerSeed['outlook'] {
  const { page, row } = career;
  const qf = page.quickFacts;
  const single = career.siblings.length === 0;
  if (single) {
    if (row.jobs2024 !== qf.jobs2024)
      problems.push(`${page.file}: projections and quick facts disagree on jobs`);
    if (row.changePct !== qf.growthPct)
      problems.push(`${page.file}: projections and quick facts disagree on growth`);
    if (row.changeNumeric !== qf.employmentChange) {
      problems.push(`${page.file}: projections and quick facts disagree on employment change`);
    }
  }
  const openings =
    single && page.openings.length === 1
      ? page.openings[0]
      : page.openings.find((o) => same(o.subject, career.name));
  return {
    jobs2024: row.jobs2024,
    projectedEmployment2034: row.projected2034,
    growthPct: row.changePct,
    // BLS words its growth class only for the page as a whole.
    growthDescription: single ? qf.growthDescription : null,
    employmentChange: row.changeNumeric,
    annualOpenings: openings?.annualOpenings ?? null,
    source: page.url,
  };
}

/**
 * One setting edge per row of the career's largest-employers table. A sub-occupation whose page
 * gives the table only for its whole group gets that table with scope FAMILY, so the shares are
 * never read as this occupation's own.
 */
function careerSettings(
  career: CareerPlan,
  problems: string[],
): Pick<CareerSeed, 'settings' | 'noSettingsReason'> {
  const { page } = career;
  const own = subjectTable(career, page.employerTables, problems, 'largest employers');
  const table = own ?? familyTable(career, page.employerTables);
  const scope = own ? 'OCCUPATION' : 'FAMILY';
  const settings: CareerSeed['settings'] = [];
  for (const employer of table?.rows ?? []) {
    const settingId = settingIdFor(employer.category);
    if (!settingId) {
      problems.push(`${page.file}: OOH category "${employer.category}" is not mapped to a setting`);
      continue;
    }
    settings.push({
      settingId,
      oohCategory: employer.category,
      sharePct: employer.sharePct,
      scope,
      source: page.url,
    });
  }
  const noSettingsReason =
    settings.length > 0
      ? null
      : career.siblings.length === 0
        ? 'The OOH page has no largest-employers table for this occupation.'
        : `The OOH page has no largest-employers table for ${career.name}.`;
  return { settings, noSettingsReason };
}

function careerTraits(career: CareerPlan, catalogue: TraitCatalogue): CareerSeed['traits'] {
  const traits: CareerSeed['traits'] = [];
  for (const label of career.page.qualities) {
    for (const trait of normaliseQuality(label)) {
      catalogue.add({ ...trait, kind: 'QUALITY' }, career.page.file);
      if (!traits.some((t) => t.traitId === trait.id))
        traits.push({ traitId: trait.id, source: career.page.url });
    }
  }
  return traits;
}

/** The careers of the pages this page lists as similar, inside this graph. */
function similarCareers(career: CareerPlan, plan: ImportPlan): CareerSeed['similarTo'] {
  const similar: CareerSeed['similarTo'] = [];
  for (const slug of career.page.similarPages) {
    const target = plan.pageBySlug.get(slug);
    if (!target) continue; // an occupation outside this graph
    for (const other of plan.careersOfPage.get(target.file) ?? []) {
      if (other.slug !== career.slug) similar.push({ slug: other.slug, source: career.page.url });
    }
  }
  return similar;
}
