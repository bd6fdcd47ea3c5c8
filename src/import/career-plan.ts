import type { CuratedFacts } from './curated-facts';
import type { OohPage, ProjectionRow, SubjectTable } from './ooh-page';
import { forMatching, kebab, titleCase } from './text';

/**
 * Which careers a page becomes, and which of a split page's sentences and tables are about which
 * of its careers.
 */

/** One career to be made from a page: the whole page, or one sub-occupation of it. */
export interface CareerPlan {
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
  /** The other careers made from the same page (this one included); empty for whole pages. */
  siblings: CareerPlan[];
}

/** Every page's careers, with the look-ups the import steps share. */
export interface ImportPlan {
  pages: readonly OohPage[];
  careers: readonly CareerPlan[];
  careersOfPage: ReadonlyMap<string, readonly CareerPlan[]>;
  careerBySlug: ReadonlyMap<string, CareerPlan>;
  /** Pages by file name without ".html" (the OOH's own slug). */
  pageBySlug: ReadonlyMap<string, OohPage>;
}

export const same = (a: string, b: string): boolean => forMatching(a) === forMatching(b);

export const pageSlug = (page: OohPage): string => page.file.replace(/\.html?$/i, '');

function keywordPattern(keyword: string): RegExp {
  const escaped = forMatching(keyword).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}(s|es)?\\b`);
}

/**
 * Whether a sentence of a split page is about this sub-occupation: it is when it names the whole
 * page's group, or names no sub-occupation at all, or names this one.
 */
export function isAbout(plan: CareerPlan, sentence: string): boolean {
  if (plan.siblings.length === 0) return true;
  const s = forMatching(sentence);
  if (s.includes(forMatching(plan.page.quickFacts.title))) return true;
  const named = plan.siblings.filter((p) => p.keywords.some((k) => keywordPattern(k).test(s)));
  return named.length === 0 || named.includes(plan);
}

/** Whether the page's How to Become One tab contains these words (the curated facts' proof). */
export function hasEvidence(page: OohPage, evidence: string): boolean {
  return forMatching([...page.howToBecome.values()].flat().join(' ')).includes(
    forMatching(evidence),
  );
}

/** The table of a page that is about this career, if the page has one. */
export function subjectTable<Row>(
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

/** The table a split page gives for all its occupations together, if it gives one. */
export function familyTable<Row>(
  plan: CareerPlan,
  tables: readonly SubjectTable<Row>[],
): SubjectTable<Row> | undefined {
  if (plan.siblings.length === 0) return undefined;
  return tables.find((t) => same(t.subject, plan.page.quickFacts.title));
}

/**
 * Decides whether a page becomes one career or one per sub-occupation. It is split when its title
 * names more than one occupation ("EMTs and Paramedics"), its projections table lists those
 * occupations with their own SOC codes, and the Pay section gives each its own median wage. That
 * keeps together pages whose detailed rows are specialties of one occupation (Dentists; Physicians
 * and Surgeons, where only mean wages by specialty are given) and pages with one SOC code for two
 * titles (Home Health and Personal Care Aides).
 */
export function planCareers(page: OohPage, facts: CuratedFacts): CareerPlan[] {
  const title = page.quickFacts.title;
  const [total, ...rest] = page.projections;
  if (!total) return [];
  const subs = rest.filter((r) => r.level === 1 && r.socCode !== null);
  const hasOwnMedian = (row: ProjectionRow): boolean =>
    page.wageParagraphs.some((w) => w.subject !== null && same(w.subject, row.title)) ||
    (page.occupationWageTable ?? []).some((w) => same(w.industry, row.title));
  const split = /,| and /i.test(title) && subs.length >= 2 && subs.every(hasOwnMedian);
  if (!split) return [wholePage(page, total, subs)];

  const siblings: CareerPlan[] = [];
  for (const row of subs) siblings.push(subOccupation(page, row, siblings, facts));
  return siblings;
}

function wholePage(page: OohPage, total: ProjectionRow, subs: ProjectionRow[]): CareerPlan {
  const title = page.quickFacts.title;
  return {
    page,
    slug: kebab(title),
    title,
    name: title.toLowerCase(),
    socCodes: total.socCode ? [total.socCode] : subs.map((r) => r.socCode ?? ''),
    familySlug: null,
    row: total,
    keywords: [],
    siblings: [],
  };
}

function subOccupation(
  page: OohPage,
  row: ProjectionRow,
  siblings: CareerPlan[],
  facts: CuratedFacts,
): CareerPlan {
  const title = titleCase(row.title);
  const slug = kebab(title);
  const head = row.title.trim().split(/\s+/).pop() ?? row.title;
  return {
    page,
    slug,
    title,
    name: row.title.toLowerCase(),
    socCodes: [row.socCode ?? ''],
    familySlug: kebab(page.quickFacts.title),
    row,
    keywords: [...(facts.subOccupationKeywords[slug] ?? [head.toLowerCase().replace(/s$/, '')])],
    siblings,
  };
}

/** Plans every page's careers; pages come in file order so the seeds do not depend on input order. */
export function planImport(
  inputPages: readonly OohPage[],
  facts: CuratedFacts,
  problems: string[],
): ImportPlan {
  const pages = [...inputPages].sort((a, b) => a.file.localeCompare(b.file));
  const careersOfPage = new Map(pages.map((p) => [p.file, planCareers(p, facts)]));
  const careers = [...careersOfPage.values()].flat();
  const careerBySlug = new Map(careers.map((p) => [p.slug, p]));
  if (careerBySlug.size !== careers.length) problems.push('two careers share a slug');
  return {
    pages,
    careers,
    careersOfPage,
    careerBySlug,
    pageBySlug: new Map(pages.map((p) => [pageSlug(p), p])),
  };
}
