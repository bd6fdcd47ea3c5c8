import { postGraphQL, type GraphQLErrorShape } from '../shared/graphql-client';
import type { EducationCode, Licensure } from './format';

/** A GraphQL answer with errors; the page shows `message`, tests read `errors`. */
export class ApiError extends Error {
  constructor(readonly errors: readonly GraphQLErrorShape[]) {
    super(errors.map((e) => e.message).join('; ') || 'The API answered without data.');
    this.name = 'ApiError';
  }
}

/**
 * Runs one named operation and returns its data, or throws ApiError. Every explorer query is a
 * constant with variables (never text pasted together), so each is a trusted document a
 * persisted-only deployment can list.
 */
export async function request<TData>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<TData> {
  const answer = await postGraphQL<TData>({ query, variables });
  if (answer.errors?.length || !answer.data) throw new ApiError(answer.errors ?? []);
  return answer.data;
}

// --- The filter, as the API's CareerFilter input (only the fields the explorer sets). ---

export interface FloatRange {
  min?: number;
  max?: number;
}

export interface CareerFilter {
  licensure?: Licensure[];
  entryEducation?: { atLeast?: EducationCode; atMost?: EducationCode };
  worksIn?: { any?: string[]; all?: string[]; minSharePct?: number };
  traits?: { all?: string[]; none?: string[] };
  credentials?: { any?: string[]; none?: string[] };
  hasCertification?: boolean;
  medianPay?: FloatRange;
  projectedGrowthPct?: FloatRange;
  text?: string;
}

export type CareerSortField = 'TITLE' | 'MEDIAN_PAY' | 'PROJECTED_GROWTH' | 'JOBS' | 'OPENINGS';
export type SortDirection = 'ASC' | 'DESC';
export interface CareerSort {
  field: CareerSortField;
  direction: SortDirection;
}

// --- Careers ---

export interface CareerRow {
  slug: string;
  title: string;
  medianPay: { annual: number | null; hourly: number | null; isLowerBound: boolean } | null;
  projectedGrowthPct: number | null;
  growthVsNationalAverage: { nationalPct: number; differencePct: number } | null;
  jobs2024: number | null;
  annualOpenings: number | null;
  entryEducation: { code: EducationCode; name: string; rank: number } | null;
  licensure: Licensure;
}

export const CAREER_ROW_FIELDS = `slug
      title
      medianPay { annual hourly isLowerBound }
      projectedGrowthPct
      growthVsNationalAverage { nationalPct differencePct }
      jobs2024
      annualOpenings
      entryEducation { code name rank }
      licensure`;

/** The query behind the explorer's table; "Open in the IDE" opens exactly this text. */
export const EXPLORE_CAREERS_QUERY = `query ExploreCareers($filter: CareerFilter, $sort: [CareerSort!], $first: Int, $after: String) {
  careers(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
      ${CAREER_ROW_FIELDS}
      }
    }
  }
}
`;

interface CareersPage {
  careers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: CareerRow }[];
  };
}

/** The API's largest page (SHAPE_LIMITS.maxPageSize). */
export const PAGE_SIZE = 100;

/** Every career matching the filter, in the sort's order, following the cursor page by page. */
export async function fetchAllCareers(
  filter: CareerFilter | null,
  sort: CareerSort[],
): Promise<{ totalCount: number; careers: CareerRow[] }> {
  const careers: CareerRow[] = [];
  let after: string | null = null;
  let totalCount = 0;
  // Bounded: a career count above 100 pages would be a runaway cursor, not data.
  for (let page = 0; page < 100; page += 1) {
    const data: CareersPage = await request<CareersPage>(EXPLORE_CAREERS_QUERY, {
      filter,
      sort,
      first: PAGE_SIZE,
      after,
    });
    totalCount = data.careers.totalCount;
    careers.push(...data.careers.edges.map((edge) => edge.node));
    if (!data.careers.pageInfo.hasNextPage || !data.careers.pageInfo.endCursor) break;
    after = data.careers.pageInfo.endCursor;
  }
  return { totalCount, careers };
}

// --- Facet counts ---

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export interface CareerFacets {
  total: number;
  licensure: FacetCount[];
  entryEducation: FacetCount[];
  settings: FacetCount[];
  traits: FacetCount[];
  credentials: FacetCount[];
}

export const EXPLORE_FACETS_QUERY = `query ExploreFacets($filter: CareerFilter) {
  careerFacets(filter: $filter) {
    total
    licensure { value label count }
    entryEducation { value label count }
    settings { value label count }
    traits { value label count }
    credentials { value label count }
  }
}
`;

export async function fetchFacets(filter: CareerFilter | null): Promise<CareerFacets> {
  const data = await request<{ careerFacets: CareerFacets }>(EXPLORE_FACETS_QUERY, { filter });
  return data.careerFacets;
}

// --- Vocabulary: every setting, trait and credential, so a facet can list a choice with count 0
// (the facet counts omit zeros) and a URL's ids can be checked against what exists. ---

export interface Vocabulary {
  settings: { id: string; name: string }[];
  traits: { id: string; name: string; kind: 'QUALITY' | 'WORK_CONDITION' | 'SCHEDULE' }[];
  credentials: { id: string; name: string; acronym: string | null; kind: string }[];
}

export const EXPLORE_VOCABULARY_QUERY = `query ExploreVocabulary {
  settings { id name }
  traits { id name kind }
  credentials { id name acronym kind }
}
`;

export function fetchVocabulary(): Promise<Vocabulary> {
  return request<Vocabulary>(EXPLORE_VOCABULARY_QUERY);
}

// --- Pay by entry education, over all careers (the API's aggregate, computed in the database). ---

export interface PayByEducationRow {
  level: { code: EducationCode; name: string };
  careerCount: number;
  careersWithPay: number;
  median: number | null;
  min: number | null;
  max: number | null;
}

export const EXPLORE_PAY_BY_EDUCATION_QUERY = `query ExplorePayByEducation {
  stats {
    medianPayByEntryEducation {
      level { code name }
      careerCount
      careersWithPay
      median
      min
      max
    }
  }
}
`;

export async function fetchPayByEducation(): Promise<PayByEducationRow[]> {
  const data = await request<{ stats: { medianPayByEntryEducation: PayByEducationRow[] } }>(
    EXPLORE_PAY_BY_EDUCATION_QUERY,
  );
  return data.stats.medianPayByEntryEducation;
}

/** Every explorer operation of this module, for the persisted-operations manifest. */
export const EXPLORE_OPERATIONS = [
  EXPLORE_CAREERS_QUERY,
  EXPLORE_FACETS_QUERY,
  EXPLORE_VOCABULARY_QUERY,
  EXPLORE_PAY_BY_EDUCATION_QUERY,
] as const;
