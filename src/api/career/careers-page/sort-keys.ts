import Cypher from '@neo4j/cypher-builder';
import { SHAPE_LIMITS } from '../../../config';
import { BadUserInputError } from '../../../errors';
import { CareerSortField, SortDirection, type CareerSort } from '../career.inputs';

/** Unknown figures sort last in either direction: they take the far end's value. */
const LAST_WHEN_ASC = 1.0e300;
const MAX_SORT_KEYS = SHAPE_LIMITS.maxSortKeys;

/** The property each sort field reads; the only place sort text comes from. */
const SORT_PROPERTIES: Record<CareerSortField, string> = {
  [CareerSortField.TITLE]: 'title',
  [CareerSortField.MEDIAN_PAY]: 'medianPayAnnual',
  [CareerSortField.PROJECTED_GROWTH]: 'projectedGrowthPct',
  [CareerSortField.JOBS]: 'jobs2024',
  [CareerSortField.OPENINGS]: 'annualOpenings',
};
const DIRECTIONS: Record<SortDirection, 'ASC' | 'DESC'> = { ASC: 'ASC', DESC: 'DESC' };

export interface SortKey {
  expr: Cypher.Expr;
  direction: 'ASC' | 'DESC';
}

/** The sort keys, always ending with slug ASC so the order is total and cursors are stable. */
export function sortKeys(career: Cypher.Node, sort: CareerSort[] | undefined | null): SortKey[] {
  const given =
    sort && sort.length > 0
      ? sort
      : [{ field: CareerSortField.TITLE, direction: SortDirection.ASC }];
  if (given.length > MAX_SORT_KEYS) {
    throw new BadUserInputError(`sort: at most ${MAX_SORT_KEYS} keys`, 'sort');
  }
  const keys = given.map((s): SortKey => {
    const property = SORT_PROPERTIES[s.field];
    const direction = DIRECTIONS[s.direction ?? SortDirection.ASC];
    if (!property || !direction) {
      throw new BadUserInputError(`sort: unknown key ${String(s.field)}`, 'sort');
    }
    const value = career.property(property);
    if (s.field === CareerSortField.TITLE) return { expr: Cypher.toLower(value), direction };
    const last = new Cypher.Literal(direction === 'ASC' ? LAST_WHEN_ASC : -LAST_WHEN_ASC);
    return { expr: Cypher.coalesce(Cypher.toFloat(value), last), direction };
  });
  keys.push({ expr: career.property('slug'), direction: 'ASC' });
  return keys;
}

/** The sort as a cursor remembers it. */
export function sortSignature(sort: CareerSort[] | undefined | null): string {
  return (sort ?? []).map((s) => `${s.field}:${s.direction ?? 'ASC'}`).join(',') || 'TITLE:ASC';
}
