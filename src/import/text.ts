/**
 * Small pure helpers for turning OOH page text into values. They never guess: a string that does
 * not look like the expected figure gives `null`, and the caller decides whether that is an error.
 */

/** Collapses all whitespace (including non-breaking spaces) to single spaces and trims. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Typographic apostrophes and dashes to ASCII, so matching does not depend on the page's typing. */
export function plainPunctuation(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014]/g, '-');
}

/** kebab-case id: lower case ASCII letters and digits separated by single hyphens. */
export function kebab(text: string): string {
  return plainPunctuation(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Dollar amount as a number: "$50,250" → 50250, "24.16" → 24.16. Returns null when the text holds
 * no amount. Only the first amount in the text is read.
 */
export function parseMoney(text: string): number | null {
  const match = /\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/.exec(text);
  if (!match?.[1]) return null;
  return Number(match[1].replace(/,/g, '') + (match[2] ?? ''));
}

/** A wage cell such as "$239,200 or more": the amount, and whether BLS gives it only as a floor. */
export function parseWageCell(text: string): { value: number | null; isLowerBound: boolean } {
  return {
    value: parseMoney(text),
    isLowerBound: /\bor more\b|equal to or greater than|\bat least\b/i.test(text),
  };
}

/** "28%" or "28" → 28; "-5%" → -5; "—" → null. */
export function parsePercent(text: string): number | null {
  const match = /(-?\d+(?:\.\d+)?)\s*%?/.exec(plainPunctuation(text).replace(/\s+/g, ''));
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** "3,391,000" → 3391000; "-2,200" → -2200; "—" → null. Rejects decimals ("4.3 million"). */
export function parseCount(text: string): number | null {
  const cleaned = plainPunctuation(text).replace(/\s+/g, '');
  if (!/^-?\d{1,3}(?:,\d{3})*$|^-?\d+$/.test(cleaned)) return null;
  return Number(cleaned.replace(/,/g, ''));
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "Thursday, August 28, 2025" → "2025-08-28"; null when no such date is in the text. */
export function parseLongDate(text: string): string | null {
  const match = /([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})/.exec(text);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  const month = MONTHS.indexOf(match[1].toLowerCase());
  if (month < 0) return null;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[2].padStart(2, '0')}`;
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
]);

/** Title case as the OOH writes headings ("Nurse Anesthetists", "Health and Safety"). */
export function titleCase(text: string): string {
  return normaliseSpace(text)
    .split(' ')
    .map((word, i) => {
      if (i > 0 && SMALL_WORDS.has(word.toLowerCase())) return word.toLowerCase();
      if (/^[A-Z]{2,}s?$/.test(word)) return word; // acronyms such as MRI, EMTs
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
}

/**
 * Splits prose into sentences. Good enough for OOH paragraphs: a sentence ends at . ! or ? followed
 * by a space and an upper-case letter or opening quote; degree abbreviations ("D.C.", "Ph.D.") are
 * not followed by a capital in these pages, except at a real sentence end.
 */
export function sentences(text: string): string[] {
  return normaliseSpace(text)
    .split(/(?<=[.!?])\s+(?=[A-Z"\u201c(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Lower-cased, ASCII-punctuated, whitespace-collapsed text for substring checks. */
export function forMatching(text: string): string {
  return normaliseSpace(plainPunctuation(text)).toLowerCase();
}
