import type { CareerFilter } from '../career/career.inputs';
import { normaliseFilter } from '../career/careers-page/career-filter';
import { AllOf, textLookupsOf } from '../career/careers-page/filter-nodes';

/**
 * The filter fields each facet takes out of the filter for its own counts (the API contract of
 * issue 19): a facet's counts answer "what if this field were set to that value instead", so its
 * own current choice must not narrow them.
 */
export const FACET_FIELDS = {
  licensure: ['licensure'],
  entryEducation: ['entryEducation'],
  settings: ['worksIn'],
  traits: ['traits'],
  credentials: ['credentials', 'hasCertification'],
} as const satisfies Record<string, ReadonlyArray<keyof CareerFilter>>;

export type Facet = keyof typeof FACET_FIELDS;
export const FACETS = Object.keys(FACET_FIELDS) as Facet[];

const FACET_OWNED = new Set<keyof CareerFilter>(Object.values(FACET_FIELDS).flat());

/** A filter as the facet statement tests it (see career-facets.cypher). */
export interface FacetFilters {
  /** The filter's fields no facet takes out (ranges, growth, text, and/or/not): every count's. */
  common: AllOf;
  /**
   * Per facet, its own fields. The whole filter is `common` and every facet's; a facet counts
   * under `common` and every other facet's.
   */
  own: Record<Facet, AllOf>;
  /** worksIn.minSharePct, which the settings facet keeps: a setting counts at that share. */
  minSharePct: number | null;
}

/**
 * Splits a filter into the parts the facet counts combine. The whole filter is checked first,
 * exactly as careers() checks it, so the same bad input gets the same refusal (the first problem
 * in the same field order, the same message); the parts are then compiled by the same compiler,
 * each field once, so every count means what careers(filter:) would mean.
 */
export function facetFilters(filter: CareerFilter | null | undefined): FacetFilters {
  const f: CareerFilter = filter ?? {};
  normaliseFilter(f);
  const own = Object.fromEntries(
    FACETS.map((facet) => [facet, normaliseFilter(pick(f, FACET_FIELDS[facet]))]),
  ) as Record<Facet, AllOf>;
  // Only `common` may search words: the statement looks them up once, before its first MATCH,
  // where only `common` is tested.
  for (const facet of FACETS) {
    if (textLookupsOf(own[facet]).length > 0) {
      throw new Error(`facet ${facet} owns a text search; it must stay in the common part`);
    }
  }
  return {
    common: normaliseFilter(withoutFacetFields(f)),
    own,
    minSharePct: f.worksIn?.minSharePct ?? null,
  };
}

function pick(f: CareerFilter, fields: ReadonlyArray<keyof CareerFilter>): CareerFilter {
  return Object.fromEntries(fields.map((k) => [k, f[k]])) as CareerFilter;
}

function withoutFacetFields(f: CareerFilter): CareerFilter {
  return Object.fromEntries(
    Object.entries(f).filter(([k]) => !FACET_OWNED.has(k as keyof CareerFilter)),
  ) as CareerFilter;
}
