import { SHAPE_LIMITS } from '../../../config';
import { BadUserInputError } from '../../../errors';
import { EducationLevelCode, LicensureRequirement } from '../../../common/enums';
import { educationRank } from '../../../shared/vocabulary';
import { toLuceneQuery } from '../../shared/lucene';
import type { CareerFilter, FloatRange, WorksInFilter } from '../career.inputs';
import {
  AllOf,
  AnyOf,
  AtLeast,
  AtMost,
  EntryEducationRank,
  GrowthVsNational,
  HasCertification,
  HasEveryTrait,
  LinksToAny,
  Not,
  PropertyIn,
  TextMatch,
  WorksInEach,
  type FilterNode,
  type Link,
} from './filter-nodes';

/**
 * The first pass of the filter compiler: a CareerFilter, as GraphQL coerced it, is checked once
 * and becomes a tree of filter nodes (filter-nodes.ts), which the second pass prints as Cypher.
 * Every limit and every value is checked here: list lengths, nesting, ids, enum values again
 * (GraphQL already did), ranges, the words of a text search. Each filter's own fields are one
 * AllOf, in the order below; `and`, `or` and `not` nest further nodes.
 */

const { maxFilterDepth: MAX_FILTER_DEPTH, maxFilterList: MAX_LIST } = SHAPE_LIMITS;

const CREDENTIAL: Link = { type: 'HAS_CREDENTIAL', label: 'Credential' };
const SETTING: Link = { type: 'WORKS_IN', label: 'Setting' };
const TRAIT: Link = { type: 'HAS_TRAIT', label: 'Trait' };

export function normaliseFilter(f: CareerFilter, depth = 0): AllOf {
  if (depth > MAX_FILTER_DEPTH) {
    throw new BadUserInputError(`filters nest at most ${MAX_FILTER_DEPTH} deep`, 'filter');
  }
  const parts: FilterNode[] = [];
  if (f.licensure !== undefined && f.licensure !== null) {
    parts.push(
      new PropertyIn('licensure', whitelist(f.licensure, LicensureRequirement, 'licensure')),
    );
  }
  for (const bound of ['atMost', 'atLeast'] as const) {
    const code = f.entryEducation?.[bound];
    if (!code) continue;
    whitelist([code], EducationLevelCode, `entryEducation.${bound}`);
    parts.push(new EntryEducationRank(bound, educationRank(code)));
  }
  if (f.worksIn) parts.push(...worksIn(f.worksIn));
  if (f.traits?.all) parts.push(new HasEveryTrait(ids(f.traits.all, 'traits.all')));
  if (f.traits?.none) parts.push(new Not(new LinksToAny(TRAIT, ids(f.traits.none, 'traits.none'))));
  if (f.credentials?.any) {
    parts.push(new LinksToAny(CREDENTIAL, ids(f.credentials.any, 'credentials.any')));
  }
  if (f.credentials?.none) {
    const none = ids(f.credentials.none, 'credentials.none');
    parts.push(new Not(new LinksToAny(CREDENTIAL, none)));
  }
  if (f.hasCertification !== undefined && f.hasCertification !== null) {
    parts.push(f.hasCertification ? new HasCertification() : new Not(new HasCertification()));
  }
  if (f.medianPay) {
    parts.push(...range('medianPayAnnual', f.medianPay, 'medianPay', 'medianPayIsLowerBound'));
  }
  if (f.projectedGrowthPct) {
    parts.push(...range('projectedGrowthPct', f.projectedGrowthPct, 'projectedGrowthPct', null));
  }
  if (f.growthAboveNationalAverage !== undefined && f.growthAboveNationalAverage !== null) {
    parts.push(new GrowthVsNational(f.growthAboveNationalAverage));
  }
  if (f.text !== undefined && f.text !== null) {
    const query = toLuceneQuery(f.text, 'ALL');
    if (query === null) throw new BadUserInputError('filter.text has no searchable words', 'text');
    parts.push(new TextMatch(query));
  }
  if (f.and) {
    for (const sub of list(f.and, 'and')) parts.push(normaliseFilter(sub, depth + 1));
  }
  if (f.or) {
    parts.push(new AnyOf(list(f.or, 'or').map((sub) => normaliseFilter(sub, depth + 1))));
  }
  if (f.not) parts.push(new Not(normaliseFilter(f.not, depth + 1)));
  return new AllOf(parts);
}

/**
 * A link every matching career must have, to one of a few named nodes: the page's MATCH starts
 * from those nodes and walks back to their careers, instead of scanning every career and testing
 * the link on each. At 3,000 careers the benchmark's filter on "works in hospitals" (1,716
 * edges) took 15 k database hits this way against 40 k for the scan, and half the database time
 * (PROFILE; docs/performance.md).
 */
export type FilterAnchor = LinksToAny & { link: { type: 'HAS_CREDENTIAL' | 'WORKS_IN' } };

/**
 * The anchor, chosen on the checked tree: among the top level's own conditions (a link under
 * `or` or `not` is not required of every match), a credential link first (a credential is linked
 * to few careers), else a setting link (only `worksIn.any` without a share is one). Returns it
 * and the conditions left to test on each career.
 */
export function chooseAnchor(root: AllOf): { anchor: FilterAnchor | null; rest: AllOf } {
  const links = root.children.filter(isAnchorable);
  const anchor =
    links.find((l) => l.link.type === 'HAS_CREDENTIAL') ??
    links.find((l) => l.link.type === 'WORKS_IN') ??
    null;
  if (!anchor) return { anchor: null, rest: root };
  return { anchor, rest: new AllOf(root.children.filter((c) => c !== anchor)) };
}

const isAnchorable = (node: FilterNode): node is FilterAnchor =>
  node instanceof LinksToAny && node.link.type !== 'HAS_TRAIT';

function worksIn(w: WorksInFilter): FilterNode[] {
  if (!w.any && !w.all) {
    throw new BadUserInputError('worksIn needs `any` or `all` setting ids', 'worksIn');
  }
  const min = w.minSharePct ?? null;
  if (min !== null && (min < 0 || min > 100)) {
    throw new BadUserInputError(
      'worksIn.minSharePct must be between 0 and 100',
      'worksIn.minSharePct',
    );
  }
  const out: FilterNode[] = [];
  if (w.any) {
    const any = ids(w.any, 'worksIn.any');
    out.push(min === null ? new LinksToAny(SETTING, any) : new WorksInEach('any', any, min));
  }
  if (w.all) out.push(new WorksInEach('all', ids(w.all, 'worksIn.all'), min));
  return out;
}

/** Inclusive bounds; unknown figures (null) never match either end. */
function range(
  property: string,
  r: FloatRange,
  field: string,
  lowerBoundFlag: string | null,
): FilterNode[] {
  const min = r.min ?? null;
  const max = r.max ?? null;
  if (min !== null && max !== null && min > max) {
    throw new BadUserInputError(`${field}: min (${min}) is above max (${max})`, field);
  }
  const out: FilterNode[] = [];
  if (min !== null) out.push(new AtLeast(property, min));
  if (max !== null) out.push(new AtMost(property, max, lowerBoundFlag));
  return out;
}

function list<T>(items: T[], field: string): T[] {
  if (items.length > MAX_LIST) {
    throw new BadUserInputError(`${field}: at most ${MAX_LIST} entries`, field);
  }
  return items;
}

function ids(values: string[], field: string): string[] {
  list(values, field);
  if (values.length === 0) throw new BadUserInputError(`${field}: give at least one id`, field);
  return values;
}

function whitelist<T extends string>(
  values: T[],
  allowed: Record<string, string>,
  field: string,
): T[] {
  const known = new Set(Object.values(allowed));
  for (const v of list(values, field)) {
    if (!known.has(v)) throw new BadUserInputError(`${field}: unknown value "${v}"`, field);
  }
  return values;
}
