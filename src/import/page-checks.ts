import type { OccupationRow } from './inputs';
import type { OohPage } from './ooh-page';
import { pageSlug } from './career-plan';

/**
 * Cross-checks between the pages and occupations.csv: every page is listed, every row has its
 * page, and the quick facts agree with the row.
 */
export function checkPagesAgainstCsv(
  pages: readonly OohPage[],
  occupations: readonly OccupationRow[],
  problems: string[],
): void {
  const rowBySlug = new Map(occupations.map((r) => [r.slug, r]));
  const pageSlugs = new Set(pages.map(pageSlug));
  for (const page of pages) {
    const row = rowBySlug.get(pageSlug(page));
    if (!row) problems.push(`${page.file}: not listed in occupations.csv`);
    else checkPageAgainstRow(page, row, problems);
  }
  for (const row of occupations) {
    if (!pageSlugs.has(row.slug)) problems.push(`occupations.csv: no page ${row.slug}.html`);
  }
}

/** Cross-checks a page's quick facts against its occupations.csv row. */
function checkPageAgainstRow(page: OohPage, row: OccupationRow, problems: string[]): void {
  const qf = page.quickFacts;
  const pairs: [string, unknown, unknown][] = [
    ['title', qf.title.toLowerCase(), row.title.toLowerCase()],
    ['URL', page.url, row.url],
    ['median annual pay', qf.medianAnnual, row.medianPayAnnual],
    ['entry education', qf.entryEducation, row.entryEducation.replace(/\u2019/g, "'")],
    ['jobs 2024', qf.jobs2024, row.jobs2024],
    ['growth %', qf.growthPct, row.outlookPct],
    ['growth description', qf.growthDescription, row.outlookDescription],
    ['employment change', qf.employmentChange, row.employmentChange],
    [
      'projected employment 2034',
      page.projections[0]?.projected2034 ?? null,
      row.projectedEmployment2034,
    ],
  ];
  // Some pages (athletic trainers) print no hourly median although the csv has one; the seeds
  // keep the page's null, since the figure is not on the page they cite.
  if (qf.medianHourly !== null) {
    pairs.push(['median hourly pay', qf.medianHourly, row.medianPayHourly]);
  }
  if (row.socCode !== '')
    pairs.push(['SOC code', page.projections[0]?.socCode ?? null, row.socCode]);
  for (const [what, fromPage, fromCsv] of pairs) {
    if (fromPage !== fromCsv) {
      problems.push(
        `${page.file}: ${what} is ${String(fromPage)} on the page but ${String(fromCsv)} in occupations.csv`,
      );
    }
  }
}
