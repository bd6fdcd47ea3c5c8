import {
  EDUCATION_LEVEL,
  EDUCATION_LEVEL_NAMES,
  LICENSURE,
  TRAIT_KIND,
  type EducationCode,
  type Licensure,
  type TraitKindValue,
} from '../../src/shared/vocabulary';

// The closed vocabularies come from the one place the API's enums come from, so a value added
// there reaches the URL parser, the facet labels and the table together.
export { EDUCATION_LEVEL, LICENSURE, TRAIT_KIND };
export type { EducationCode, Licensure, TraitKindValue };

/**
 * BLS's projected growth of all occupations, 2024–34 (stated on every OOH page): the line every
 * career's growth is read against. The API gives it with each career (growthVsNationalAverage);
 * this is the fallback where no career in view has a known growth.
 */
export const NATIONAL_GROWTH_PCT = 3;

const moneyFormat = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const countFormat = new Intl.NumberFormat('en-US');

/** Dollars with no cents; `null` (unknown) prints as a dash, never as $0. */
export function money(value: number | null | undefined, floor = false): string {
  if (value === null || value === undefined) return '—';
  return `${floor ? '≥ ' : ''}${moneyFormat.format(value)}`;
}

export function count(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : countFormat.format(value);
}

/** A signed percent, e.g. "+8 %", "−2 %", "0 %". */
export function percent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${countFormat.format(Math.abs(value))} %`;
}

/**
 * Growth with its distance from the national 3 %, e.g. "8 % (5 points above)", "−2 % (5 points
 * below)". No "+" sign: the table's cells go to CSV as they are, and a leading "+" is a formula
 * to a spreadsheet.
 */
export function growthVersusNational(
  value: number | null | undefined,
  nationalPct: number = NATIONAL_GROWTH_PCT,
): string {
  if (value === null || value === undefined) return '—';
  const shown = value < 0 ? `−${countFormat.format(-value)} %` : `${countFormat.format(value)} %`;
  const diff = Math.round((value - nationalPct) * 10) / 10;
  const words =
    diff === 0
      ? 'same as national'
      : `${countFormat.format(Math.abs(diff))} ${Math.abs(diff) === 1 ? 'point' : 'points'} ${diff > 0 ? 'above' : 'below'}`;
  return `${shown} (${words})`;
}

export function educationName(code: string | null | undefined): string {
  if (!code) return '—';
  return isEducationCode(code) ? EDUCATION_LEVEL_NAMES[code] : code;
}

/** 0 (no formal credential) … 7 (doctoral or professional degree); -1 for anything else. */
export function educationRank(code: string): number {
  return (EDUCATION_LEVEL.values as readonly string[]).indexOf(code);
}

export function isEducationCode(value: string): value is EducationCode {
  return educationRank(value) >= 0;
}

export function isLicensure(value: string): value is Licensure {
  return (LICENSURE.values as readonly string[]).includes(value);
}

const LICENSURE_NAMES: Readonly<Record<Licensure, string>> = {
  REQUIRED: 'Required',
  VARIES_BY_STATE: 'Varies by state',
  NOT_REQUIRED: 'Not required',
  UNKNOWN: 'Unknown',
};

export function licensureName(value: string | null | undefined): string {
  if (!value) return '—';
  return isLicensure(value) ? LICENSURE_NAMES[value] : value;
}

const TRAIT_KIND_NAMES: Readonly<Record<TraitKindValue, string>> = {
  QUALITY: 'Qualities',
  WORK_CONDITION: 'Work conditions',
  SCHEDULE: 'Schedules',
};

export function traitKindName(kind: TraitKindValue): string {
  return TRAIT_KIND_NAMES[kind];
}

/** The explorer's page of one career. */
export function careerPath(slug: string): string {
  return `/explore/career/${encodeURIComponent(slug)}`;
}

export function comparePath(slugs: readonly string[]): string {
  return `/explore/compare?slugs=${slugs.map(encodeURIComponent).join(',')}`;
}

/** The neighbourhood picture of one career (web/graph). */
export function graphPath(slug: string): string {
  return `/graph/${encodeURIComponent(slug)}`;
}
