import type { QueryRunner } from '../../db/query-runner';
import { LICENSURE, educationRank, type EducationCode } from '../../shared/vocabulary';
import type { CareerFilter } from '../career/career.inputs';
import type { Facet } from './facet-filters';
import { buildFacetsQuery } from './facets-query';
import type { CareerFacets, FacetCount } from './facets.type';

type Row = Record<'total', unknown> & Record<Facet, Array<Partial<FacetCount>>>;

/** Facet counts over the careers (see career-facets.cypher). */
export function facetsRepository(runner: QueryRunner) {
  return {
    /**
     * `total`, and the counts of the facets in `want` (the others come back empty, uncounted),
     * in one statement.
     */
    async count(
      filter: CareerFilter | null | undefined,
      want: ReadonlySet<Facet>,
    ): Promise<CareerFacets> {
      const { query, params } = buildFacetsQuery(filter, want);
      // Traced with its arguments, as the careers page is: the text depends on the filter.
      const [row] = (await runner.read(query, params, {
        arguments: { filter: filter ?? null },
      })) as unknown as Row[];
      if (!row) throw new Error('career-facets returned no row');
      const licensure = row.licensure.map((c) => ({
        ...c,
        label: LICENSURE.descriptions[c.value as keyof typeof LICENSURE.descriptions] ?? c.value,
      }));
      return {
        total: Number(row.total),
        licensure: byCount(licensure),
        entryEducation: counts(row.entryEducation).sort(
          (a, b) =>
            educationRank(a.value as EducationCode) - educationRank(b.value as EducationCode),
        ),
        settings: byCount(row.settings),
        traits: byCount(row.traits),
        credentials: byCount(row.credentials),
      };
    },
  };
}

export type FacetsRepository = ReturnType<typeof facetsRepository>;

/** What the facets resolver reads from a request's context. */
export interface FacetsContext {
  repos: { facets: FacetsRepository };
}

function counts(rows: ReadonlyArray<Partial<FacetCount>>): FacetCount[] {
  return rows.map((r) => ({
    value: String(r.value),
    label: String(r.label ?? r.value),
    count: Number(r.count),
  }));
}

/** Count, highest first; then label, then value, so equal counts keep one order. */
function byCount(rows: ReadonlyArray<Partial<FacetCount>>): FacetCount[] {
  return counts(rows).sort(
    (a, b) =>
      b.count - a.count ||
      a.label.localeCompare(b.label, 'en') ||
      (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
  );
}
