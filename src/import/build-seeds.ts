import type {
  CareerSeed,
  CredentialSeed,
  EducationCode,
  OrganizationSeed,
  SourceSeed,
  TraitSeed,
} from '../seed/seed.schema';
import {
  REVIEW_CAREER_SLUG,
  REVIEW_CERTIFICATION,
  REVIEW_EDUCATION_OPTIONS,
  REVIEW_LICENSURE_EVIDENCE,
  REVIEW_SETTINGS,
  REVIEW_SOURCE,
  REVIEW_TRAITS,
} from './career-review';
import {
  ADVANCEMENTS,
  ISSUER_ALIASES,
  LIFE_SUPPORT_CREDENTIALS,
  ORGANIZATIONS,
  PAGE_CREDENTIALS,
  SECONDARY_SOURCES,
  STATE_LICENSES,
  SUB_OCCUPATION_EDUCATION,
  SUB_OCCUPATION_KEYWORDS,
  TSV_CAREER_BY_ACRONYM,
  TSV_CREDENTIAL_ROLES,
  type CredentialKind,
} from './curated-facts';
import { EDUCATION_LEVELS, educationCodeFor, educationRank } from './education';
import type { CertificationRow, OccupationRow } from './inputs';
import { classifyLicensure, licensureScope } from './licensure';
import type { EmployerRow, IndustryWage, OohPage, ProjectionRow, SubjectTable } from './ooh-page';
import { CANONICAL_SETTINGS, settingIdFor } from './settings-map';
import { SUMMARIES } from './summaries';
import { forMatching, kebab, sentences, titleCase } from './text';
import { normaliseQuality } from './traits';
import type { SeedSet } from '../seed/validate-seeds';

/**
 * Turns parsed OOH pages, the two tables and the career review into the seed set. Pure: no file
 * access, so tests can feed it pages. Problems are collected and thrown together as an
 * ImportError, because one run should tell the maintainer everything that is wrong.
 */

export class ImportError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ImportError';
  }
}

export interface ImportInputs {
  pages: readonly OohPage[];
  occupations: readonly OccupationRow[];
  certifications: readonly CertificationRow[];
  reviewText: string;
}

const OOH_PUBLISHER = 'U.S. Bureau of Labor Statistics';
const OOH_EDITION = '2024-34';
/**
 * BLS publishes no wage above $239,200 a year ($115.00 an hour): higher figures are shown as
 * "$239,200 or more", and a 90th percentile "more than $239,200" is that cap, not a measurement.
 */
export const WAGE_TOP_CODE_ANNUAL = 239_200;

/** One career to be made from a page: the whole page, or one sub-occupation of it. */
interface CareerPlan {
  page: OohPage;
  slug: string;
  title: string;
  /** Lower-case name the page uses in sentences about this occupation. */
  name: string;
  socCodes: string[];
  familySlug: string | null;
  row: ProjectionRow;
  /** Words that pick this occupation out of a sentence; empty for whole-page careers. */
  keywords: string[];
  siblings: CareerPlan[];
}

const same = (a: string, b: string): boolean => forMatching(a) === forMatching(b);

const fileBase = (file: string): string => file.replace(/\.html?$/i, '');

function singular(word: string): string {
  return word.replace(/s$/, '');
}

function keywordPattern(keyword: string): RegExp {
  const escaped = forMatching(keyword).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}(s|es)?\\b`);
}

/**
 * Whether a sentence of a split page is about this sub-occupation: it is when it names the whole
 * page's group, or names no sub-occupation at all, or names this one.
 */
function isAbout(plan: CareerPlan, sentence: string): boolean {
  if (plan.siblings.length === 0) return true;
  const s = forMatching(sentence);
  if (s.includes(forMatching(plan.page.quickFacts.title))) return true;
  const named = plan.siblings.filter((p) => p.keywords.some((k) => keywordPattern(k).test(s)));
  return named.length === 0 || named.includes(plan);
}

/**
 * Decides whether a page becomes one career or one per sub-occupation. It is split when its title
 * names more than one occupation ("EMTs and Paramedics"), its projections table lists those
 * occupations with their own SOC codes, and the Pay section gives each its own median wage. That
 * keeps together pages whose detailed rows are specialties of one occupation (Dentists; Physicians
 * and Surgeons, where only mean wages by specialty are given) and pages with one SOC code for two
 * titles (Home Health and Personal Care Aides).
 */
function planCareers(page: OohPage): CareerPlan[] {
  const title = page.quickFacts.title;
  const [total, ...rest] = page.projections;
  if (!total) return [];
  const subs = rest.filter((r) => r.level === 1 && r.socCode !== null);
  const hasOwnMedian = (row: ProjectionRow): boolean =>
    page.wageParagraphs.some((w) => w.subject !== null && same(w.subject, row.title)) ||
    (page.occupationWageTable ?? []).some((w) => same(w.industry, row.title));
  const split = /,| and /i.test(title) && subs.length >= 2 && subs.every(hasOwnMedian);

  if (!split) {
    const socCodes = total.socCode ? [total.socCode] : subs.map((r) => r.socCode ?? '');
    return [
      {
        page,
        slug: kebab(title),
        title,
        name: title.toLowerCase(),
        socCodes,
        familySlug: null,
        row: total,
        keywords: [],
        siblings: [],
      },
    ];
  }
  const siblings: CareerPlan[] = [];
  for (const row of subs) {
    const subTitle = titleCase(row.title);
    const slug = kebab(subTitle);
    const head = row.title.trim().split(/\s+/).pop() ?? row.title;
    siblings.push({
      page,
      slug,
      title: subTitle,
      name: row.title.toLowerCase(),
      socCodes: [row.socCode ?? ''],
      familySlug: kebab(title),
      row,
      keywords: [...(SUB_OCCUPATION_KEYWORDS[slug] ?? [singular(head.toLowerCase())])],
      siblings,
    });
  }
  return siblings;
}

function subjectTable<Row>(
  plan: CareerPlan,
  tables: readonly SubjectTable<Row>[],
  problems: string[],
  what: string,
): SubjectTable<Row> | undefined {
  if (plan.siblings.length === 0) {
    if (tables.length > 1)
      problems.push(`${plan.page.file}: ${tables.length} ${what} tables for one occupation`);
    return tables[0];
  }
  return tables.find((t) => same(t.subject, plan.name));
}

function hasEvidence(page: OohPage, evidence: string): boolean {
  return forMatching([...page.howToBecome.values()].flat().join(' ')).includes(
    forMatching(evidence),
  );
}

function pageSource(page: OohPage): SourceSeed {
  return {
    url: page.url,
    title: `Occupational Outlook Handbook: ${page.quickFacts.title}`,
    publisher: OOH_PUBLISHER,
    edition: OOH_EDITION,
    lastModified: page.lastModified,
    kind: 'OOH_PAGE',
  };
}

/** Cross-checks a page's quick facts against its occupations.csv row. */
function checkAgainstCsv(page: OohPage, row: OccupationRow, problems: string[]): void {
  const qf = page.quickFacts;
  const mismatch = (what: string, fromPage: unknown, fromCsv: unknown): void => {
    if (fromPage !== fromCsv) {
      problems.push(
        `${page.file}: ${what} is ${String(fromPage)} on the page but ${String(fromCsv)} in occupations.csv`,
      );
    }
  };
  mismatch('title', qf.title.toLowerCase(), row.title.toLowerCase());
  mismatch('URL', page.url, row.url);
  mismatch('median annual pay', qf.medianAnnual, row.medianPayAnnual);
  // Some pages (athletic trainers) print no hourly median although the csv has one; the seeds
  // keep the page's null, since the figure is not on the page they cite.
  if (qf.medianHourly !== null) mismatch('median hourly pay', qf.medianHourly, row.medianPayHourly);
  mismatch('entry education', qf.entryEducation, row.entryEducation.replace(/\u2019/g, "'"));
  mismatch('jobs 2024', qf.jobs2024, row.jobs2024);
  mismatch('growth %', qf.growthPct, row.outlookPct);
  mismatch('growth description', qf.growthDescription, row.outlookDescription);
  mismatch('employment change', qf.employmentChange, row.employmentChange);
  mismatch(
    'projected employment 2034',
    page.projections[0]?.projected2034 ?? null,
    row.projectedEmployment2034,
  );
  if (row.socCode !== '') mismatch('SOC code', page.projections[0]?.socCode ?? null, row.socCode);
}

const CREDENTIAL_KINDS: Readonly<Record<string, CredentialKind>> = {
  certification: 'CERTIFICATION',
  'licensing exam': 'LICENSING_EXAM',
  license: 'LICENSE',
  registration: 'REGISTRATION',
};

type CareerCredential = CareerSeed['credentials'][number];

export function buildSeedSet(inputs: ImportInputs): SeedSet {
  const problems: string[] = [];
  const csvBySlug = new Map(inputs.occupations.map((r) => [r.slug, r]));
  const pages = [...inputs.pages].sort((a, b) => a.file.localeCompare(b.file));
  const pageByBase = new Map(pages.map((p) => [fileBase(p.file), p]));

  for (const page of pages) {
    const row = csvBySlug.get(fileBase(page.file));
    if (!row) problems.push(`${page.file}: not listed in occupations.csv`);
    else checkAgainstCsv(page, row, problems);
  }
  for (const row of inputs.occupations) {
    if (!pageByBase.has(row.slug)) problems.push(`occupations.csv: no page ${row.slug}.html`);
  }

  const plansByPage = new Map(pages.map((p) => [p.file, planCareers(p)]));
  const plans = [...plansByPage.values()].flat();
  const planBySlug = new Map(plans.map((p) => [p.slug, p]));
  if (planBySlug.size !== plans.length) problems.push('two careers share a slug');

  const sources = new Map<string, SourceSeed>();
  for (const page of pages) sources.set(page.url, pageSource(page));
  sources.set(REVIEW_SOURCE.url, { ...REVIEW_SOURCE });

  const traits = new Map<string, TraitSeed>();
  const addTrait = (trait: TraitSeed, where: string): void => {
    const known = traits.get(trait.id);
    if (known && (known.kind !== trait.kind || known.name !== trait.name)) {
      problems.push(
        `${where}: trait ${trait.id} is both ${known.kind} "${known.name}" and ${trait.kind} "${trait.name}"`,
      );
    }
    traits.set(trait.id, known ?? trait);
  };

  const credentials = new Map<string, CredentialSeed>();
  const organizations = new Map<string, OrganizationSeed>();
  const careerCredentials = new Map<string, CareerCredential[]>(plans.map((p) => [p.slug, []]));
  const addCareerCredential = (slug: string, edge: CareerCredential): void => {
    const list = careerCredentials.get(slug);
    if (!list) problems.push(`credential ${edge.credentialId}: unknown career ${slug}`);
    else if (!list.some((e) => e.credentialId === edge.credentialId)) list.push(edge);
  };
  const addOrganization = (acronym: string, where: string): string | null => {
    const org = ORGANIZATIONS[ISSUER_ALIASES[acronym] ?? acronym];
    if (!org) {
      problems.push(`${where}: issuer "${acronym}" is not in the organizations table`);
      return null;
    }
    organizations.set(org.id, {
      id: org.id,
      name: org.name,
      acronym: ISSUER_ALIASES[acronym] ?? acronym,
    });
    return org.id;
  };

  // certifications.tsv: secondary sources, each row one credential linked to one career.
  for (const row of inputs.certifications) {
    const where = `certifications.tsv ${row.acronym}`;
    const meta = SECONDARY_SOURCES[row.source];
    if (!meta) problems.push(`${where}: source ${row.source} has no entry in SECONDARY_SOURCES`);
    else {
      sources.set(row.source, {
        url: row.source,
        title: meta.title,
        publisher: meta.publisher,
        edition: null,
        lastModified: null,
        kind: meta.kind,
      });
    }
    const page = pageByBase.get(row.oohSlug);
    const pagePlans = page ? (plansByPage.get(page.file) ?? []) : [];
    const careerSlug =
      pagePlans.length === 1
        ? pagePlans[0]?.slug
        : TSV_CAREER_BY_ACRONYM[row.oohSlug]?.[row.acronym];
    if (!careerSlug) {
      problems.push(`${where}: cannot tell which career of ${row.oohSlug} it belongs to`);
      continue;
    }
    const id = kebab(row.acronym);
    const kind = CREDENTIAL_KINDS[row.kind.toLowerCase()];
    if (!kind) problems.push(`${where}: unknown kind "${row.kind}"`);
    credentials.set(id, {
      id,
      name: row.credential,
      acronym: row.acronym,
      kind: kind ?? 'CERTIFICATION',
      issuerId: addOrganization(row.issuer, where),
      note: row.note || null,
      source: row.source,
    });
    if (careerSlug === REVIEW_CAREER_SLUG) {
      if (!inputs.reviewText.includes(REVIEW_CERTIFICATION.evidence)) {
        problems.push(`career review: no longer says "${REVIEW_CERTIFICATION.evidence}"`);
      }
      addCareerCredential(careerSlug, {
        credentialId: id,
        role: REVIEW_CERTIFICATION.role,
        note: REVIEW_CERTIFICATION.note,
        source: REVIEW_SOURCE.url,
      });
      continue;
    }
    const reading = TSV_CREDENTIAL_ROLES[careerSlug]?.[id];
    const plan = planBySlug.get(careerSlug);
    if (!reading || !plan) {
      problems.push(`${where}: no role for ${careerSlug} in TSV_CREDENTIAL_ROLES`);
      continue;
    }
    if (!hasEvidence(plan.page, reading.evidence)) {
      problems.push(`${plan.page.file}: role evidence for ${id} not found: "${reading.evidence}"`);
    }
    addCareerCredential(careerSlug, {
      credentialId: id,
      role: reading.role,
      note: reading.note,
      source: row.source,
    });
  }

  for (const named of PAGE_CREDENTIALS) {
    const first = named.careers[0] ? planBySlug.get(named.careers[0].slug) : undefined;
    if (!first) {
      problems.push(`credential ${named.id}: unknown career`);
      continue;
    }
    credentials.set(named.id, {
      id: named.id,
      name: named.name,
      acronym: named.acronym,
      kind: named.kind,
      issuerId: named.issuer ? addOrganization(named.issuer, `credential ${named.id}`) : null,
      note: named.note,
      source: first.page.url,
    });
    for (const link of named.careers) {
      const plan = planBySlug.get(link.slug);
      if (!plan) {
        problems.push(`credential ${named.id}: unknown career ${link.slug}`);
        continue;
      }
      if (!hasEvidence(plan.page, link.evidence)) {
        problems.push(`${plan.page.file}: credential ${named.id} not found: "${link.evidence}"`);
      }
      addCareerCredential(link.slug, {
        credentialId: named.id,
        role: link.role,
        note: link.note,
        source: plan.page.url,
      });
    }
  }

  // Licensure, read per career from the page's licensing sentences about that occupation.
  const licensure = new Map<string, CareerSeed['licensure']>();
  for (const plan of plans) {
    const texts = plan.page.licensingParagraphs.flatMap(sentences).filter((s) => isAbout(plan, s));
    const reading = classifyLicensure(texts);
    licensure.set(plan.slug, {
      status: reading.status,
      scope: licensureScope(reading),
      source: plan.page.url,
    });
  }
  if (licensure.get(REVIEW_CAREER_SLUG)?.status !== 'NOT_REQUIRED') {
    problems.push(
      `${REVIEW_CAREER_SLUG}: the OOH page and the career review disagree on licensure`,
    );
  }
  if (!inputs.reviewText.includes(REVIEW_LICENSURE_EVIDENCE)) {
    problems.push(`career review: no longer says "${REVIEW_LICENSURE_EVIDENCE}"`);
  }

  const licensed = new Set<string>();
  for (const licence of STATE_LICENSES) {
    const first = licence.careers[0] ? planBySlug.get(licence.careers[0]) : undefined;
    if (!first) {
      problems.push(`licence ${licence.id}: unknown career`);
      continue;
    }
    credentials.set(licence.id, {
      id: licence.id,
      name: licence.name,
      acronym: null,
      kind: 'LICENSE',
      issuerId: null,
      note: 'Issued by each state under its own rules.',
      source: first.page.url,
    });
    const holders = [
      ...licence.careers.map((slug) => ({ slug, note: null as string | null, evidence: null })),
      ...(licence.alsoRequiredBy?.careers ?? []).map((slug) => ({
        slug,
        note: licence.alsoRequiredBy?.note ?? null,
        evidence: licence.alsoRequiredBy?.evidence ?? null,
      })),
    ];
    for (const { slug, note, evidence } of holders) {
      const plan = planBySlug.get(slug);
      if (!plan || licensure.get(slug)?.status !== 'REQUIRED') {
        problems.push(`licence ${licence.id}: career ${slug} does not come out REQUIRED`);
        continue;
      }
      if (evidence !== null && !hasEvidence(plan.page, evidence)) {
        problems.push(`${plan.page.file}: licence ${licence.id} evidence not found: "${evidence}"`);
      }
      // A career's own licence is listed in `careers`; `alsoRequiredBy` adds another's.
      if (evidence === null) licensed.add(slug);
      addCareerCredential(slug, {
        credentialId: licence.id,
        role: 'REQUIRED',
        note,
        source: plan.page.url,
      });
    }
  }
  for (const plan of plans) {
    if (licensure.get(plan.slug)?.status === 'REQUIRED' && !licensed.has(plan.slug)) {
      problems.push(
        `${plan.page.file}: ${plan.slug} needs a licence but has none in STATE_LICENSES`,
      );
    }
  }

  // Life-support certifications, found by pattern in How to Become One.
  for (const plan of plans) {
    const texts = [...plan.page.howToBecome.values()]
      .flat()
      .flatMap(sentences)
      .filter((s) => isAbout(plan, s))
      .map(forMatching);
    for (const ls of LIFE_SUPPORT_CREDENTIALS) {
      if (!texts.some((t) => ls.pattern.test(t))) continue;
      if (!credentials.has(ls.id)) {
        credentials.set(ls.id, {
          id: ls.id,
          name: ls.name,
          acronym: ls.acronym,
          kind: 'CERTIFICATION',
          issuerId: null,
          note: 'Taught and certified by several organizations; the OOH pages name none.',
          source: plan.page.url,
        });
      }
      addCareerCredential(plan.slug, {
        credentialId: ls.id,
        role: 'PREFERRED',
        note: 'Employers may require or prefer it.',
        source: plan.page.url,
      });
    }
  }

  const advancements = new Map<string, CareerSeed['advancesTo']>(plans.map((p) => [p.slug, []]));
  for (const step of ADVANCEMENTS) {
    const page = pageByBase.get(step.page);
    const list = advancements.get(step.from);
    if (!page || !list || !planBySlug.has(step.to)) {
      problems.push(`advancement ${step.from} → ${step.to}: unknown page or career`);
      continue;
    }
    if (!hasEvidence(page, step.evidence)) {
      problems.push(
        `${page.file}: advancement ${step.from} → ${step.to} not found: "${step.evidence}"`,
      );
    }
    list.push({
      slug: step.to,
      credentialIds: [...step.credentialIds],
      educationCode: step.educationCode,
      note: step.note,
      source: page.url,
    });
  }

  const careers: CareerSeed[] = [];
  for (const plan of plans) {
    const career = buildCareer(plan, {
      problems,
      plansByPage,
      pageByBase,
      addTrait,
      credentials: careerCredentials.get(plan.slug) ?? [],
      advancesTo: advancements.get(plan.slug) ?? [],
      licensure: licensure.get(plan.slug),
    });
    if (plan.slug === REVIEW_CAREER_SLUG)
      addReviewFacts(career, inputs.reviewText, problems, addTrait);
    careers.push(career);
  }

  const families = new Map<string, SeedSet['families'][number]>();
  for (const plan of plans) {
    if (plan.familySlug) {
      families.set(plan.familySlug, {
        slug: plan.familySlug,
        title: plan.page.quickFacts.title,
        source: plan.page.url,
      });
    }
  }

  const usedSettings = new Set(careers.flatMap((c) => c.settings.map((s) => s.settingId)));
  const settingMappings = CANONICAL_SETTINGS.flatMap((s) =>
    s.oohCategories.map((oohCategory) => ({ oohCategory, settingId: s.id })),
  );
  for (const r of REVIEW_SETTINGS) {
    settingMappings.push({ oohCategory: r.oohCategory, settingId: r.settingId });
  }

  if (problems.length > 0) throw new ImportError(problems);

  return {
    sources: [...sources.values()],
    educationLevels: [...EDUCATION_LEVELS],
    settings: CANONICAL_SETTINGS.filter((s) => usedSettings.has(s.id)).map((s) => ({
      id: s.id,
      name: s.name,
      description: s.description,
    })),
    settingMappings: settingMappings.filter((m) => usedSettings.has(m.settingId)),
    organizations: [...organizations.values()],
    credentials: [...credentials.values()],
    traits: [...traits.values()],
    families: [...families.values()],
    careers,
  };
}

interface CareerContext {
  problems: string[];
  plansByPage: Map<string, CareerPlan[]>;
  pageByBase: Map<string, OohPage>;
  addTrait: (trait: TraitSeed, where: string) => void;
  credentials: CareerCredential[];
  advancesTo: CareerSeed['advancesTo'];
  licensure: CareerSeed['licensure'] | undefined;
}

function buildPay(plan: CareerPlan, problems: string[]): Pick<CareerSeed, 'pay' | 'noPayReason'> {
  const { page } = plan;
  const url = page.url;
  const qf = page.quickFacts;
  if (plan.siblings.length === 0) {
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
        pct90IsLowerBound: pct90 !== null && pct90 >= WAGE_TOP_CODE_ANNUAL,
        source: url,
      },
      noPayReason: null,
    };
  }
  const paragraph = page.wageParagraphs.find(
    (w) => w.subject !== null && same(w.subject, plan.name),
  );
  if (paragraph) {
    const pct90 = paragraph.pct90Annual;
    return {
      pay: {
        medianAnnual: paragraph.medianAnnual,
        // The hourly median in quick facts is for the whole page's group, not this occupation.
        medianHourly: null,
        isLowerBound: paragraph.medianIsLowerBound,
        pct10Annual: paragraph.pct10Annual,
        pct90Annual: pct90,
        pct90IsLowerBound: pct90 !== null && pct90 >= WAGE_TOP_CODE_ANNUAL,
        source: url,
      },
      noPayReason: null,
    };
  }
  const row = (page.occupationWageTable ?? []).find((w) => same(w.industry, plan.name));
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
  return { pay: null, noPayReason: `The OOH page gives no wage for ${plan.name} on its own.` };
}

function buildCareer(plan: CareerPlan, ctx: CareerContext): CareerSeed {
  const { page, row } = plan;
  const { problems } = ctx;
  const url = page.url;
  const qf = page.quickFacts;
  const single = plan.siblings.length === 0;

  const summary = SUMMARIES[plan.slug];
  if (!summary) problems.push(`${page.file}: no summary for ${plan.slug} in summaries.ts`);

  let entryCode: EducationCode | null = educationCodeFor(qf.entryEducation);
  if (entryCode === null) {
    const known = SUB_OCCUPATION_EDUCATION[plan.slug];
    if (!known)
      problems.push(`${page.file}: no entry education for ${plan.slug} ("${qf.entryEducation}")`);
    else if (!hasEvidence(page, known.evidence)) {
      problems.push(
        `${page.file}: education evidence for ${plan.slug} not found: "${known.evidence}"`,
      );
    } else entryCode = known.code;
  }

  if (single) {
    if (row.jobs2024 !== qf.jobs2024)
      problems.push(`${page.file}: projections and quick facts disagree on jobs`);
    if (row.changePct !== qf.growthPct)
      problems.push(`${page.file}: projections and quick facts disagree on growth`);
    if (row.changeNumeric !== qf.employmentChange) {
      problems.push(`${page.file}: projections and quick facts disagree on employment change`);
    }
  }
  const openings = single
    ? page.openings.length === 1
      ? page.openings[0]
      : page.openings.find((o) => same(o.subject, plan.name))
    : page.openings.find((o) => same(o.subject, plan.name));

  const industry: SubjectTable<IndustryWage> | undefined = subjectTable(
    plan,
    page.industryWageTables,
    problems,
    'industry wage',
  );
  const employers: SubjectTable<EmployerRow> | undefined = subjectTable(
    plan,
    page.employerTables,
    problems,
    'largest employers',
  );
  const settings: CareerSeed['settings'] = [];
  for (const employer of employers?.rows ?? []) {
    const settingId = settingIdFor(employer.category);
    if (!settingId) {
      problems.push(`${page.file}: OOH category "${employer.category}" is not mapped to a setting`);
      continue;
    }
    settings.push({
      settingId,
      oohCategory: employer.category,
      sharePct: employer.sharePct,
      source: url,
    });
  }
  const noSettingsReason =
    settings.length > 0
      ? null
      : single
        ? 'The OOH page has no largest-employers table for this occupation.'
        : `The OOH page gives the largest employers only for ${qf.title.toLowerCase()} together.`;

  const traits: CareerSeed['traits'] = [];
  for (const label of page.qualities) {
    for (const trait of normaliseQuality(label)) {
      ctx.addTrait({ ...trait, kind: 'QUALITY' }, page.file);
      if (!traits.some((t) => t.traitId === trait.id))
        traits.push({ traitId: trait.id, source: url });
    }
  }

  const similarTo: CareerSeed['similarTo'] = [];
  for (const base of page.similarPages) {
    const target = ctx.pageByBase.get(base);
    if (!target) continue; // an occupation outside this graph
    for (const other of ctx.plansByPage.get(target.file) ?? []) {
      if (other.slug !== plan.slug) similarTo.push({ slug: other.slug, source: url });
    }
  }

  return {
    slug: plan.slug,
    title: plan.title,
    familySlug: plan.familySlug,
    socCodes: [...plan.socCodes].sort(),
    summary: summary ?? plan.title,
    source: url,
    ...buildPay(plan, problems),
    payByIndustry: (industry?.rows ?? []).map((r) => ({
      industry: r.industry,
      medianAnnual: r.medianAnnual,
      isLowerBound: r.isLowerBound,
      source: url,
    })),
    entryEducation: { code: entryCode ?? 'NO_FORMAL_CREDENTIAL', source: url },
    educationOptions: [],
    workExperience: qf.workExperience,
    onTheJobTraining: qf.onTheJobTraining,
    outlook: {
      jobs2024: row.jobs2024,
      projectedEmployment2034: row.projected2034,
      growthPct: row.changePct,
      // BLS words its growth class only for the page as a whole.
      growthDescription: single ? qf.growthDescription : null,
      employmentChange: row.changeNumeric,
      annualOpenings: openings?.annualOpenings ?? null,
      source: url,
    },
    licensure: ctx.licensure ?? { status: 'UNKNOWN', scope: null, source: url },
    settings,
    noSettingsReason,
    credentials: ctx.credentials,
    traits,
    similarTo,
    advancesTo: ctx.advancesTo,
  };
}

function addReviewFacts(
  career: CareerSeed,
  reviewText: string,
  problems: string[],
  addTrait: (trait: TraitSeed, where: string) => void,
): void {
  const check = (evidence: string): void => {
    if (!reviewText.includes(evidence))
      problems.push(`career review: no longer says "${evidence}"`);
  };
  const url = REVIEW_SOURCE.url;
  for (const s of REVIEW_SETTINGS) {
    check(s.evidence);
    career.settings.push({
      settingId: s.settingId,
      oohCategory: s.oohCategory,
      sharePct: null,
      source: url,
    });
  }
  for (const t of REVIEW_TRAITS) {
    check(t.evidence);
    addTrait({ id: t.id, name: t.name, kind: t.kind }, 'career review');
    if (!career.traits.some((e) => e.traitId === t.id))
      career.traits.push({ traitId: t.id, source: url });
  }
  for (const e of REVIEW_EDUCATION_OPTIONS) {
    check(e.evidence);
    career.educationOptions.push({ code: e.code, note: e.note, source: url });
  }
  career.educationOptions.sort((a, b) => educationRank(a.code) - educationRank(b.code));
}
