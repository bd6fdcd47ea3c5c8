import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

import {
  forMatching,
  normaliseSpace,
  parseCount,
  parseLongDate,
  parseMoney,
  parsePercent,
  parseWageCell,
  plainPunctuation,
  sentences,
} from './text';

/**
 * Reads one saved BLS Occupational Outlook Handbook page into raw facts, without interpreting them
 * (which career a fact belongs to, licensure class, setting mapping … are decided later). Every
 * part the importer cannot do without is checked here, so a damaged page fails with its file name
 * and the missing part instead of producing a thin seed.
 */

export class PageError extends Error {
  constructor(
    readonly file: string,
    readonly part: string,
  ) {
    super(`${file}: ${part}`);
    this.name = 'PageError';
  }
}

export interface QuickFacts {
  title: string;
  medianAnnual: number | null;
  medianHourly: number | null;
  medianIsLowerBound: boolean;
  entryEducation: string;
  workExperience: string | null;
  onTheJobTraining: string | null;
  jobs2024: number | null;
  growthPct: number | null;
  growthDescription: string | null;
  employmentChange: number | null;
}

/** One row of a "largest employers" table. */
export interface EmployerRow {
  category: string;
  sharePct: number | null;
}

/** A table and the occupation name the sentence before it introduces ("… employers of X were …"). */
export interface SubjectTable<Row> {
  subject: string;
  rows: Row[];
}

export interface IndustryWage {
  industry: string;
  medianAnnual: number | null;
  isLowerBound: boolean;
}

/** "The median annual wage for X was $N in May 2024 … lowest 10 percent … highest 10 percent …" */
export interface WageParagraph {
  subject: string | null;
  medianAnnual: number | null;
  medianIsLowerBound: boolean;
  pct10Annual: number | null;
  pct90Annual: number | null;
}

export interface ProjectionRow {
  title: string;
  /** 0 = the page's own row, 1 = a detailed occupation under it, 2 = a specialty under that. */
  level: number;
  socCode: string | null;
  jobs2024: number | null;
  projected2034: number | null;
  changePct: number | null;
  changeNumeric: number | null;
}

export interface Openings {
  subject: string;
  annualOpenings: number;
}

/**
 * A phrase of the page that states a figure, verbatim after whitespace is collapsed (normaliseSpace),
 * so a reader can find it on the page: a sentence, or the text of one table row.
 */
export interface PagePhrase {
  /** The occupation the phrase is about, as the page names it; null when it names none. */
  subject: string | null;
  phrase: string;
}

/** The page's phrases for the figures the importer reads, by where they are on the page. */
export interface PagePhrases {
  /** Quick facts rows' text, e.g. "Number of Jobs, 2024 194,800". */
  quickFacts: Partial<Record<QuickFactKey, string>>;
  /** Pay: each sentence that gives a median annual wage ("The median annual wage for X was $N …"). */
  medianWages: PagePhrase[];
  /** Pay: the rows of "Median annual wages for X in May 2024 were as follows" (subject = row label). */
  occupationWages: PagePhrase[];
  /** Job Outlook: the projections table's rows, without the "Get data" link (subject = title). */
  projections: PagePhrase[];
  /** Job Outlook: "Employment of X is projected to grow N percent …" sentences. */
  growth: PagePhrase[];
  /** Job Outlook: "About N openings for X are projected each year …" sentences. */
  openings: PagePhrase[];
}

export interface OohPage {
  file: string;
  url: string;
  lastModified: string;
  quickFacts: QuickFacts;
  employerTables: SubjectTable<EmployerRow>[];
  wageParagraphs: WageParagraph[];
  industryWageTables: SubjectTable<IndustryWage>[];
  /** "Median annual wages for X in May 2024 were as follows" (one row per detailed occupation). */
  occupationWageTable: IndustryWage[] | null;
  projections: ProjectionRow[];
  openings: Openings[];
  /** How to Become One, by sub-heading; each entry is one paragraph or list item. */
  howToBecome: Map<string, string[]>;
  licensingParagraphs: string[];
  qualities: string[];
  /** File names (without extension) of the OOH pages listed under Similar Occupations. */
  similarPages: string[];
  phrases: PagePhrases;
}

const QUICK_FACT_HEADERS = {
  pay: /median pay/i,
  education: /entry-level education/i,
  experience: /work experience/i,
  training: /on-the-job training/i,
  jobs: /number of jobs/i,
  outlook: /job outlook/i,
  change: /employment change/i,
} as const;

export type QuickFactKey = keyof typeof QUICK_FACT_HEADERS;

function text($: cheerio.CheerioAPI, node: AnyNode | cheerio.Cheerio<AnyNode>): string {
  return normaliseSpace($(node as AnyNode).text());
}

function parseQuickFacts(
  $: cheerio.CheerioAPI,
  file: string,
): { quickFacts: QuickFacts; rows: PagePhrases['quickFacts'] } {
  const table = $('table#quickfacts');
  if (table.length === 0) throw new PageError(file, 'no "Quick Facts" table');
  const heading = text($, table.find('thead th').first());
  const title = normaliseSpace(heading.replace(/^Quick Facts:\s*/i, ''));
  if (!title || /^quick facts/i.test(title)) throw new PageError(file, 'no title in "Quick Facts"');

  const cells = new Map<QuickFactKey, string>();
  const rows: PagePhrases['quickFacts'] = {};
  table.find('tbody tr').each((_, row) => {
    const header = text($, $(row).find('th'));
    const value = text($, $(row).find('td'));
    for (const [key, pattern] of Object.entries(QUICK_FACT_HEADERS) as [QuickFactKey, RegExp][]) {
      if (pattern.test(header)) {
        cells.set(key, value);
        rows[key] = text($, row);
      }
    }
  });
  const need = (key: QuickFactKey, label: string): string => {
    const value = cells.get(key);
    if (value === undefined || value === '') {
      throw new PageError(file, `no "${label}" row in "Quick Facts"`);
    }
    return value;
  };

  const pay = need('pay', 'Median Pay');
  const annual = /\$([\d,.]+)\s*per year/i.exec(pay);
  const hourly = /\$([\d,.]+)\s*per hour/i.exec(pay);
  const outlook = need('outlook', 'Job Outlook');
  const outlookWords = /\(([^)]+)\)/.exec(outlook);
  const optional = (key: QuickFactKey): string | null => cells.get(key) || null;

  const quickFacts: QuickFacts = {
    title,
    medianAnnual: annual?.[1] ? parseMoney(annual[1]) : null,
    medianHourly: hourly?.[1] ? parseMoney(hourly[1]) : null,
    medianIsLowerBound: /equal to or greater than|or more/i.test(pay),
    entryEducation: plainPunctuation(need('education', 'Typical Entry-Level Education')),
    workExperience: optional('experience'),
    onTheJobTraining: optional('training'),
    jobs2024: parseCount(need('jobs', 'Number of Jobs')),
    growthPct: parsePercent(outlook),
    growthDescription: outlookWords?.[1] ? normaliseSpace(outlookWords[1]) : null,
    employmentChange: parseCount(need('change', 'Employment Change')),
  };
  return { quickFacts, rows };
}

/** Direct children of a tab's <article>, in document order. */
function articleChildren($: cheerio.CheerioAPI, tabId: string): Element[] {
  return $(`#${tabId} article`).first().children().toArray();
}

/** Rows of a two-column OOH table as [label, value] text pairs. */
function tableRows($: cheerio.CheerioAPI, table: Element): [string, string][] {
  return $(table)
    .find('tr')
    .toArray()
    .map((row) =>
      $(row)
        .find('td')
        .toArray()
        .map((cell) => text($, cell)),
    )
    .filter((cells): cells is [string, string] => cells.length >= 2)
    .map(([label, value]) => [label, value]);
}

function parseEmployerTables($: cheerio.CheerioAPI): SubjectTable<EmployerRow>[] {
  const tables: SubjectTable<EmployerRow>[] = [];
  let lastParagraph = '';
  for (const child of articleChildren($, 'tab-3')) {
    if (child.tagName === 'p') lastParagraph = text($, child);
    if (child.tagName !== 'table') continue;
    const intro = /largest employers of (.+?) were as follows/i.exec(lastParagraph);
    if (!intro?.[1]) continue; // e.g. "Employment in the detailed occupations … was distributed"
    tables.push({
      subject: intro[1],
      rows: tableRows($, child).map(([category, share]) => ({
        category,
        sharePct: parsePercent(share),
      })),
    });
  }
  return tables;
}

/** Each row of a table with at least two cells: its first cell and the row's whole text. */
function rowPhrases($: cheerio.CheerioAPI, table: Element): PagePhrase[] {
  return $(table)
    .find('tr')
    .toArray()
    .flatMap((row) => {
      const cells = $(row).find('td');
      return cells.length >= 2 ? [{ subject: text($, cells.first()), phrase: text($, row) }] : [];
    });
}

const MEDIAN_WAGE = /median annual wage for (.+?) was \$([\d,]+)/i;
const MEDIAN_FLOOR = /median wage equal to or greater than \$([\d,]+)/i;

function parsePay($: cheerio.CheerioAPI): {
  wageParagraphs: WageParagraph[];
  industryWageTables: SubjectTable<IndustryWage>[];
  occupationWageTable: IndustryWage[] | null;
  phrases: Pick<PagePhrases, 'medianWages' | 'occupationWages'>;
} {
  const wageParagraphs: WageParagraph[] = [];
  const industryWageTables: SubjectTable<IndustryWage>[] = [];
  let occupationWageTable: IndustryWage[] | null = null;
  const phrases: Pick<PagePhrases, 'medianWages' | 'occupationWages'> = {
    medianWages: [],
    occupationWages: [],
  };
  let lastParagraph = '';
  for (const child of articleChildren($, 'tab-5')) {
    if (child.tagName === 'p') {
      lastParagraph = text($, child);
      const median = MEDIAN_WAGE.exec(lastParagraph);
      const floor = MEDIAN_FLOOR.exec(lastParagraph);
      if (median?.[2] || floor?.[1]) {
        const sentence = sentences(lastParagraph).find(
          (s) => MEDIAN_WAGE.test(s) || MEDIAN_FLOOR.test(s),
        );
        if (sentence) phrases.medianWages.push({ subject: median?.[1] ?? null, phrase: sentence });
        const low = /lowest 10 percent earned less than \$([\d,]+)/i.exec(lastParagraph);
        const high = /highest 10 percent earned more than \$([\d,]+)/i.exec(lastParagraph);
        wageParagraphs.push({
          subject: median?.[1] ?? null,
          medianAnnual: parseMoney(median?.[2] ?? floor?.[1] ?? ''),
          medianIsLowerBound: median === null,
          pct10Annual: low?.[1] ? parseMoney(low[1]) : null,
          pct90Annual: high?.[1] ? parseMoney(high[1]) : null,
        });
      }
    }
    if (child.tagName !== 'table') continue;
    const rows = tableRows($, child).map(([industry, wage]) => {
      const cell = parseWageCell(wage);
      return { industry, medianAnnual: cell.value, isLowerBound: cell.isLowerBound };
    });
    const byIndustry = /median annual wages for (.+?) in the top industries/i.exec(lastParagraph);
    if (byIndustry?.[1]) industryWageTables.push({ subject: byIndustry[1], rows });
    else if (/^median annual wages for .+ were as follows/i.test(lastParagraph)) {
      occupationWageTable = rows;
      phrases.occupationWages = rowPhrases($, child);
    }
    // Other tables (e.g. physicians' *mean* wages by specialty) are not medians: left out.
  }
  return { wageParagraphs, industryWageTables, occupationWageTable, phrases };
}

function projectionRows($: cheerio.CheerioAPI, file: string): Element[] {
  const rows = $('table#outlook-table tbody tr').toArray();
  if (rows.length === 0) throw new PageError(file, 'no "Employment projections" table');
  return rows;
}

/** A projections row's text without the trailing "Get data" link: the row's title and figures. */
function projectionPhrases($: cheerio.CheerioAPI, rows: readonly Element[]): PagePhrase[] {
  return rows.map((row) => ({
    subject: text($, $(row).find('th').first()),
    phrase: text($, row).replace(/\s*Get data$/i, ''),
  }));
}

function parseProjections($: cheerio.CheerioAPI, rows: readonly Element[]): ProjectionRow[] {
  return rows.map((row) => {
    const header = $(row).find('th').first();
    const level = /\bsub(\d)\b/.exec(header.find('p').attr('class') ?? '');
    const cells = $(row)
      .find('td')
      .toArray()
      .map((cell) => text($, cell));
    const soc = cells[0] ?? '';
    return {
      title: text($, header),
      level: level?.[1] ? Number(level[1]) : 0,
      socCode: /^\d{2}-\d{4}$/.test(soc) ? soc : null,
      jobs2024: parseCount(cells[1] ?? ''),
      projected2034: parseCount(cells[2] ?? ''),
      changePct: parsePercent(cells[3] ?? ''),
      changeNumeric: parseCount(cells[4] ?? ''),
    };
  });
}

const OPENINGS = /about ([\d,]+) openings for (.+?) are projected each year/i;
const GROWTH =
  /employment of (.+?) is projected to (?:grow|decline|show little or no change|change)\b/i;

function parseOpenings($: cheerio.CheerioAPI): Openings[] {
  const found: Openings[] = [];
  $('#tab-6 article p').each((_, p) => {
    const match = OPENINGS.exec(text($, p));
    const count = match?.[1] ? parseCount(match[1]) : null;
    if (match?.[2] && count !== null) found.push({ subject: match[2], annualOpenings: count });
  });
  return found;
}

/** Job Outlook's sentences on growth and on openings, each with the occupation it names. */
function outlookPhrases($: cheerio.CheerioAPI): Pick<PagePhrases, 'growth' | 'openings'> {
  const growth: PagePhrase[] = [];
  const openings: PagePhrase[] = [];
  $('#tab-6 article p').each((_, p) => {
    for (const sentence of sentences(text($, p))) {
      const grows = GROWTH.exec(sentence);
      if (grows?.[1]) growth.push({ subject: grows[1], phrase: sentence });
      const opens = OPENINGS.exec(sentence);
      if (opens?.[2]) openings.push({ subject: opens[2], phrase: sentence });
    }
  });
  return { growth, openings };
}

/** How to Become One: paragraphs and list items grouped under their <h3> sub-heading. */
function parseHowToBecome($: cheerio.CheerioAPI, file: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current = '(introduction)';
  const children = articleChildren($, 'tab-4');
  if (children.length === 0) throw new PageError(file, 'no "How to Become One" section');
  for (const child of children) {
    if (/^h[3-5]$/.test(child.tagName)) {
      current = text($, child);
      continue;
    }
    const parts =
      child.tagName === 'ul' || child.tagName === 'ol'
        ? $(child)
            .find('li')
            .toArray()
            .map((li) => text($, li))
        : child.tagName === 'p'
          ? [text($, child)]
          : [];
    const list = sections.get(current) ?? [];
    list.push(...parts.filter((part) => part.length > 0));
    sections.set(current, list);
  }
  return sections;
}

function parseQualities($: cheerio.CheerioAPI, file: string): string[] {
  const qualities: string[] = [];
  let inQualities = false;
  for (const child of articleChildren($, 'tab-4')) {
    if (/^h[3-5]$/.test(child.tagName)) {
      inQualities = /important qualities/i.test(text($, child));
      continue;
    }
    if (!inQualities || child.tagName !== 'p') continue;
    // Each quality is a paragraph that opens with its name in bold italics: "Compassion. …"
    const label = text($, $(child).find('strong, em').first());
    if (label) qualities.push(label.replace(/[.:]\s*$/, ''));
  }
  if (qualities.length === 0) throw new PageError(file, 'no "Important Qualities" list');
  return qualities;
}

function parseSimilar($: cheerio.CheerioAPI): string[] {
  const pages = new Set<string>();
  $('#tab-8 table tbody tr').each((_, row) => {
    const href = $(row).find('strong a').attr('href') ?? $(row).find('a').first().attr('href');
    const match = href ? /\/ooh\/[^/]+\/([^/]+)\.htm/.exec(href) : null;
    if (match?.[1]) pages.add(match[1]);
  });
  return [...pages].sort();
}

export function parseOohPage(html: string, file: string): OohPage {
  const $ = cheerio.load(html);
  const { quickFacts, rows: quickFactRows } = parseQuickFacts($, file);

  const url = $('link[rel="canonical"]').attr('href') ?? $('.citation a').first().attr('href');
  if (!url || !/^https:\/\/www\.bls\.gov\/ooh\//.test(url)) {
    throw new PageError(file, 'no canonical bls.gov/ooh URL');
  }
  const lastModified = parseLongDate(text($, $('p.update').first()));
  if (!lastModified) throw new PageError(file, 'no "Last Modified Date"');

  const pay = parsePay($);
  if (pay.wageParagraphs.length === 0) throw new PageError(file, 'no median wage in "Pay"');

  const howToBecome = parseHowToBecome($, file);
  const licensingKey = [...howToBecome.keys()].find((h) => /licenses, certifications/i.test(h));
  if (!licensingKey) {
    throw new PageError(file, 'no "Licenses, Certifications, and Registrations" section');
  }

  const { phrases: payPhrases, ...wages } = pay;
  const projections = projectionRows($, file);
  return {
    file,
    url,
    lastModified,
    quickFacts,
    employerTables: parseEmployerTables($),
    ...wages,
    projections: parseProjections($, projections),
    openings: parseOpenings($),
    howToBecome,
    licensingParagraphs: howToBecome.get(licensingKey) ?? [],
    qualities: parseQualities($, file),
    similarPages: parseSimilar($),
    phrases: {
      quickFacts: quickFactRows,
      ...payPhrases,
      projections: projectionPhrases($, projections),
      ...outlookPhrases($),
    },
  };
}

/** All How to Become One text in one lower-cased string, for evidence checks. */
export function howToBecomeText(page: OohPage): string {
  return forMatching([...page.howToBecome.values()].flat().join(' '));
}
