import type { CareerFilter, CareerSort, CareerSortField, SortDirection, Vocabulary } from './api';
import {
  EDUCATION_LEVEL,
  LICENSURE,
  educationName,
  isEducationCode,
  isLicensure,
  licensureName,
  money,
  type EducationCode,
  type Licensure,
} from './format';

/**
 * The faceted page's state, and its two spellings: the URL (what a counsellor sends) and the
 * API's CareerFilter (what the page asks). Pure functions, no DOM, so the URL grammar is unit
 * tested (test/unit/explore-url.test.ts) and documented in docs/explorer.md.
 */
export interface ExploreState {
  licensure: Licensure[];
  educationAtMost: EducationCode | null;
  educationAtLeast: EducationCode | null;
  worksInAny: string[];
  worksInMinSharePct: number | null;
  traitsAll: string[];
  credentialsAny: string[];
  payMin: number | null;
  payMax: number | null;
  growthMin: number | null;
  growthMax: number | null;
  text: string;
  sort: CareerSort;
}

export const DEFAULT_SORT: CareerSort = { field: 'TITLE', direction: 'ASC' };

export function emptyState(): ExploreState {
  return {
    licensure: [],
    educationAtMost: null,
    educationAtLeast: null,
    worksInAny: [],
    worksInMinSharePct: null,
    traitsAll: [],
    credentialsAny: [],
    payMin: null,
    payMax: null,
    growthMin: null,
    growthMax: null,
    text: '',
    sort: { ...DEFAULT_SORT },
  };
}

/** URL parameter names: each is the CareerFilter field it sets, dotted where it is nested. */
export const PARAM = {
  licensure: 'licensure',
  educationAtMost: 'entryEducation.atMost',
  educationAtLeast: 'entryEducation.atLeast',
  worksInAny: 'worksIn.any',
  worksInMinSharePct: 'worksIn.minSharePct',
  traitsAll: 'traits.all',
  credentialsAny: 'credentials.any',
  payMin: 'medianPay.min',
  payMax: 'medianPay.max',
  growthMin: 'projectedGrowthPct.min',
  growthMax: 'projectedGrowthPct.max',
  text: 'text',
  sort: 'sort',
} as const satisfies Record<keyof ExploreState, string>;

export const SORT_FIELDS: readonly CareerSortField[] = [
  'TITLE',
  'MEDIAN_PAY',
  'PROJECTED_GROWTH',
  'JOBS',
  'OPENINGS',
];

/** The API's bound on one filter list (SHAPE_LIMITS.maxFilterList). */
export const MAX_LIST = 100;
/** Longer words are not a search a person types; the cap keeps a pasted URL from being sent. */
export const MAX_TEXT = 200;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function sortParam(sort: CareerSort): string {
  return `${sort.field}_${sort.direction}`;
}

export function parseSort(value: string): CareerSort | null {
  const match = /^([A-Z_]+)_(ASC|DESC)$/.exec(value);
  if (!match) return null;
  const field = match[1] as CareerSortField;
  if (!SORT_FIELDS.includes(field)) return null;
  return { field, direction: match[2] as SortDirection };
}

export interface ParsedUrl {
  state: ExploreState;
  /** One sentence per ignored parameter or value, shown on the page. */
  notices: string[];
}

function listOf(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/**
 * Reads the page state from a query string. Never throws: whatever it cannot read is left out
 * and named in `notices`, so a mangled link still opens the page with what was readable.
 */
export function parseUrl(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const state = emptyState();
  const notices: string[] = [];
  const known = new Set<string>(Object.values(PARAM));
  for (const name of new Set(params.keys())) {
    if (!known.has(name)) notices.push(`Unknown parameter “${name}” was ignored.`);
  }

  for (const value of listOf(params, PARAM.licensure)) {
    if (!isLicensure(value)) {
      notices.push(
        `licensure “${value}” is not one of ${LICENSURE.values.join(', ')}; it was ignored.`,
      );
    } else if (!state.licensure.includes(value)) state.licensure.push(value);
  }

  const education = (name: string): EducationCode | null => {
    const values = listOf(params, name);
    if (values.length === 0) return null;
    const value = values[0] ?? '';
    if (values.length > 1) notices.push(`${name} takes one level; only “${value}” was read.`);
    if (isEducationCode(value)) return value;
    notices.push(
      `${name} “${value}” is not an education level (${EDUCATION_LEVEL.values.join(', ')}); it was ignored.`,
    );
    return null;
  };
  state.educationAtMost = education(PARAM.educationAtMost);
  state.educationAtLeast = education(PARAM.educationAtLeast);

  const ids = (name: string): string[] => {
    const out: string[] = [];
    for (const value of listOf(params, name)) {
      if (!ID.test(value)) notices.push(`${name} “${value}” is not an id; it was ignored.`);
      else if (out.length >= MAX_LIST) {
        notices.push(`${name} holds more than ${MAX_LIST} ids; the rest were ignored.`);
        break;
      } else if (!out.includes(value)) out.push(value);
    }
    return out;
  };
  state.worksInAny = ids(PARAM.worksInAny);
  state.traitsAll = ids(PARAM.traitsAll);
  state.credentialsAny = ids(PARAM.credentialsAny);

  const number = (name: string, min: number, max: number): number | null => {
    const raw = params.get(name);
    if (raw === null || raw.trim() === '') return null;
    const value = Number(raw);
    if (Number.isFinite(value) && value >= min && value <= max) return value;
    notices.push(`${name} “${raw}” is not a number from ${min} to ${max}; it was ignored.`);
    return null;
  };
  state.worksInMinSharePct = number(PARAM.worksInMinSharePct, 0, 100);
  state.payMin = number(PARAM.payMin, 0, 10_000_000);
  state.payMax = number(PARAM.payMax, 0, 10_000_000);
  state.growthMin = number(PARAM.growthMin, -100, 1000);
  state.growthMax = number(PARAM.growthMax, -100, 1000);
  // The API refuses min above max; the lower bound is the likelier intent of a hand-edited link.
  if (state.payMin !== null && state.payMax !== null && state.payMin > state.payMax) {
    notices.push(`${PARAM.payMax} is below ${PARAM.payMin}; it was ignored.`);
    state.payMax = null;
  }
  if (state.growthMin !== null && state.growthMax !== null && state.growthMin > state.growthMax) {
    notices.push(`${PARAM.growthMax} is below ${PARAM.growthMin}; it was ignored.`);
    state.growthMax = null;
  }

  const text = (params.get(PARAM.text) ?? '').trim();
  if (text.length > MAX_TEXT) {
    notices.push(`text is longer than ${MAX_TEXT} characters; it was ignored.`);
  } else state.text = text;

  const sort = params.get(PARAM.sort);
  if (sort !== null) {
    const parsed = parseSort(sort);
    if (parsed) state.sort = parsed;
    else {
      notices.push(
        `sort “${sort}” is not one of ${SORT_FIELDS.map((f) => `${f}_ASC/_DESC`).join(', ')}; the table is sorted by title.`,
      );
    }
  }
  return { state, notices };
}

/**
 * Drops the ids no setting, trait or credential has (a link from an older graph, a typo), with a
 * notice each: they would match nothing, and the facet lists could not show them to untick.
 */
export function dropUnknownIds(state: ExploreState, vocabulary: Vocabulary): string[] {
  const notices: string[] = [];
  const keep = (name: string, values: string[], known: Set<string>): string[] =>
    values.filter((id) => {
      if (known.has(id)) return true;
      notices.push(`${name} “${id}” is not in the graph; it was ignored.`);
      return false;
    });
  state.worksInAny = keep(
    PARAM.worksInAny,
    state.worksInAny,
    new Set(vocabulary.settings.map((s) => s.id)),
  );
  state.traitsAll = keep(
    PARAM.traitsAll,
    state.traitsAll,
    new Set(vocabulary.traits.map((t) => t.id)),
  );
  state.credentialsAny = keep(
    PARAM.credentialsAny,
    state.credentialsAny,
    new Set(vocabulary.credentials.map((c) => c.id)),
  );
  return notices;
}

/** The query string for a state: only what differs from the empty page, in a fixed order. */
export function toSearch(state: ExploreState): string {
  const params = new URLSearchParams();
  const list = (name: string, values: readonly string[]): void => {
    if (values.length > 0) params.set(name, values.join(','));
  };
  const num = (name: string, value: number | null): void => {
    if (value !== null) params.set(name, String(value));
  };
  list(PARAM.licensure, state.licensure);
  if (state.educationAtMost) params.set(PARAM.educationAtMost, state.educationAtMost);
  if (state.educationAtLeast) params.set(PARAM.educationAtLeast, state.educationAtLeast);
  list(PARAM.worksInAny, state.worksInAny);
  num(PARAM.worksInMinSharePct, state.worksInMinSharePct);
  list(PARAM.traitsAll, state.traitsAll);
  list(PARAM.credentialsAny, state.credentialsAny);
  num(PARAM.payMin, state.payMin);
  num(PARAM.payMax, state.payMax);
  num(PARAM.growthMin, state.growthMin);
  num(PARAM.growthMax, state.growthMax);
  if (state.text) params.set(PARAM.text, state.text);
  if (state.sort.field !== DEFAULT_SORT.field || state.sort.direction !== DEFAULT_SORT.direction) {
    params.set(PARAM.sort, sortParam(state.sort));
  }
  // Commas and dots are legal in a query string; leaving them unescaped keeps links readable.
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

function range(min: number | null, max: number | null): { min?: number; max?: number } | undefined {
  if (min === null && max === null) return undefined;
  return { ...(min === null ? {} : { min }), ...(max === null ? {} : { max }) };
}

/** The API filter for a state; null when nothing is chosen (all careers). */
export function toFilter(state: ExploreState): CareerFilter | null {
  const filter: CareerFilter = {};
  if (state.licensure.length > 0) filter.licensure = [...state.licensure];
  if (state.educationAtMost || state.educationAtLeast) {
    filter.entryEducation = {
      ...(state.educationAtMost ? { atMost: state.educationAtMost } : {}),
      ...(state.educationAtLeast ? { atLeast: state.educationAtLeast } : {}),
    };
  }
  if (state.worksInAny.length > 0) {
    filter.worksIn = {
      any: [...state.worksInAny],
      ...(state.worksInMinSharePct === null ? {} : { minSharePct: state.worksInMinSharePct }),
    };
  }
  // A minimum share alone names no setting, and the API refuses worksIn without any/all; the
  // page keeps the share (and the URL), and it applies from the first ticked setting on.
  if (state.traitsAll.length > 0) filter.traits = { all: [...state.traitsAll] };
  if (state.credentialsAny.length > 0) filter.credentials = { any: [...state.credentialsAny] };
  const pay = range(state.payMin, state.payMax);
  if (pay) filter.medianPay = pay;
  const growth = range(state.growthMin, state.growthMax);
  if (growth) filter.projectedGrowthPct = growth;
  if (state.text) filter.text = state.text;
  return Object.keys(filter).length === 0 ? null : filter;
}

/** How many facets hold a choice (a range counts once, a list once). */
export function chosenFacets(state: ExploreState): number {
  return [
    state.licensure.length > 0,
    state.educationAtLeast !== null || state.educationAtMost !== null,
    state.worksInAny.length > 0 || state.worksInMinSharePct !== null,
    state.traitsAll.length > 0,
    state.credentialsAny.length > 0,
    state.payMin !== null || state.payMax !== null,
    state.growthMin !== null || state.growthMax !== null,
    state.text !== '',
  ].filter(Boolean).length;
}

/** A one-line reading of the chosen facets, in words; `name` turns an id into its name. */
export function describe(state: ExploreState, name: (id: string) => string = (id) => id): string {
  const parts: string[] = [];
  const names = (ids: readonly string[], joiner: string): string => ids.map(name).join(joiner);
  if (state.licensure.length) {
    parts.push(
      `license ${state.licensure.map((l) => licensureName(l).toLowerCase()).join(' or ')}`,
    );
  }
  if (state.educationAtLeast) {
    parts.push(`entry education at least ${educationName(state.educationAtLeast)}`);
  }
  if (state.educationAtMost) {
    parts.push(`entry education at most ${educationName(state.educationAtMost)}`);
  }
  if (state.worksInAny.length) {
    const share =
      state.worksInMinSharePct === null ? '' : ` (≥ ${state.worksInMinSharePct} % of jobs there)`;
    parts.push(`works in ${names(state.worksInAny, ' or ')}${share}`);
  }
  if (state.traitsAll.length) parts.push(names(state.traitsAll, ' and '));
  if (state.credentialsAny.length) parts.push(`credential ${names(state.credentialsAny, ' or ')}`);
  if (state.payMin !== null) parts.push(`median pay ≥ ${money(state.payMin)}`);
  if (state.payMax !== null) parts.push(`median pay ≤ ${money(state.payMax)}`);
  if (state.growthMin !== null) parts.push(`growth ≥ ${state.growthMin} %`);
  if (state.growthMax !== null) parts.push(`growth ≤ ${state.growthMax} %`);
  if (state.text) parts.push(`words “${state.text}”`);
  return parts.join('; ');
}
