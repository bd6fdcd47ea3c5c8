import { cypher, type CypherQuery } from '../db/cypher';
import type { Params } from '../db/query-runner';
import { BadUserInputError } from '../errors';
import { EducationLevelCode, LicensureRequirement } from '../common/enums';
import {
  CareerSortField,
  SortDirection,
  type CareerFilter,
  type CareerSort,
  type FloatRange,
} from './career.inputs';
import { NATIONAL_GROWTH_PCT } from './national-average';

/**
 * Compiles a CareerFilter and sort into the `careers-page` Cypher template. Only fixed fragments
 * written here enter the query text; every value the user sent becomes a parameter, and enum
 * values are checked against their whitelists again (GraphQL already did) so nothing else can.
 */

const TEMPLATE = cypher('api/careers-page');
export const CAREER_TEXT_INDEX = 'career_text';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
const MAX_FILTER_DEPTH = 8;
const MAX_LIST = 100;

/** Sort key expressions, by field; the only place sort text comes from. */
const SORT_EXPRESSIONS: Record<CareerSortField, { expr: string; numeric: boolean }> = {
  [CareerSortField.TITLE]: { expr: 'toLower(n.title)', numeric: false },
  [CareerSortField.MEDIAN_PAY]: { expr: 'n.medianPayAnnual', numeric: true },
  [CareerSortField.PROJECTED_GROWTH]: { expr: 'n.projectedGrowthPct', numeric: true },
  [CareerSortField.JOBS]: { expr: 'n.jobs2024', numeric: true },
  [CareerSortField.OPENINGS]: { expr: 'n.annualOpenings', numeric: true },
};
const DIRECTIONS: Record<SortDirection, 'ASC' | 'DESC'> = { ASC: 'ASC', DESC: 'DESC' };
/** Unknown figures sort last in either direction: they take the far end's value. */
const LAST_WHEN_ASC = 1.0e300;

class Compiler {
  readonly params: Params = {};
  readonly textVars: string[] = [];
  private counter = 0;

  param(value: unknown): string {
    const name = `p${this.counter++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  textMatch(text: string): string {
    const query = toLuceneQuery(text, 'ALL');
    if (query === null) throw new BadUserInputError('filter.text has no searchable words', 'text');
    const v = `t${this.textVars.length}`;
    this.params[v] = query;
    this.textVars.push(v);
    return `n IN ${v}`;
  }

  filter(f: CareerFilter, depth: number): string {
    if (depth > MAX_FILTER_DEPTH) {
      throw new BadUserInputError(`filters nest at most ${MAX_FILTER_DEPTH} deep`, 'filter');
    }
    const parts: string[] = [];
    if (f.licensure !== undefined && f.licensure !== null) {
      parts.push(
        `n.licensure IN ${this.param(whitelist(f.licensure, LicensureRequirement, 'licensure'))}`,
      );
    }
    if (f.entryEducation) {
      const { atMost, atLeast } = f.entryEducation;
      if (atMost) {
        whitelist([atMost], EducationLevelCode, 'entryEducation.atMost');
        // Walks up the NEXT_LEVEL chain: entry level is at or below `atMost`.
        parts.push(
          `EXISTS { MATCH (n)-[:ENTRY_EDUCATION]->(:EducationLevel)-[:NEXT_LEVEL*0..]->(:EducationLevel {code: ${this.param(atMost)}}) }`,
        );
      }
      if (atLeast) {
        whitelist([atLeast], EducationLevelCode, 'entryEducation.atLeast');
        parts.push(
          `EXISTS { MATCH (:EducationLevel {code: ${this.param(atLeast)}})-[:NEXT_LEVEL*0..]->(:EducationLevel)<-[:ENTRY_EDUCATION]-(n) }`,
        );
      }
    }
    if (f.worksIn) parts.push(...this.worksIn(f.worksIn));
    if (f.traits) {
      const { all, none } = f.traits;
      if (all) {
        parts.push(
          `all(id IN ${this.param(ids(all, 'traits.all'))} WHERE EXISTS { (n)-[:HAS_TRAIT]->(:Trait {id: id}) })`,
        );
      }
      if (none) {
        parts.push(
          `NOT EXISTS { MATCH (n)-[:HAS_TRAIT]->(t:Trait) WHERE t.id IN ${this.param(ids(none, 'traits.none'))} }`,
        );
      }
    }
    if (f.credentials) {
      const { any, none } = f.credentials;
      if (any) {
        parts.push(
          `EXISTS { MATCH (n)-[:HAS_CREDENTIAL]->(c:Credential) WHERE c.id IN ${this.param(ids(any, 'credentials.any'))} }`,
        );
      }
      if (none) {
        parts.push(
          `NOT EXISTS { MATCH (n)-[:HAS_CREDENTIAL]->(c:Credential) WHERE c.id IN ${this.param(ids(none, 'credentials.none'))} }`,
        );
      }
    }
    if (f.hasCertification !== undefined && f.hasCertification !== null) {
      const exists = `EXISTS { (n)-[:HAS_CREDENTIAL]->(:Credential {kind: 'CERTIFICATION'}) }`;
      parts.push(f.hasCertification ? exists : `NOT ${exists}`);
    }
    if (f.medianPay) {
      parts.push(
        ...this.range('n.medianPayAnnual', f.medianPay, 'medianPay', 'n.medianPayIsLowerBound'),
      );
    }
    if (f.projectedGrowthPct) {
      parts.push(...this.range('n.projectedGrowthPct', f.projectedGrowthPct, 'projectedGrowthPct'));
    }
    if (f.growthAboveNationalAverage !== undefined && f.growthAboveNationalAverage !== null) {
      const national = this.param(NATIONAL_GROWTH_PCT);
      parts.push(
        f.growthAboveNationalAverage
          ? `n.projectedGrowthPct > ${national}`
          : `n.projectedGrowthPct <= ${national}`,
      );
    }
    if (f.text !== undefined && f.text !== null) parts.push(this.textMatch(f.text));
    if (f.and) {
      for (const sub of list(f.and, 'and')) parts.push(this.filter(sub, depth + 1));
    }
    if (f.or) {
      const alternatives = list(f.or, 'or').map((sub) => this.filter(sub, depth + 1));
      parts.push(alternatives.length === 0 ? 'false' : `(${alternatives.join(' OR ')})`);
    }
    if (f.not) parts.push(`NOT (${this.filter(f.not, depth + 1)})`);
    return parts.length === 0 ? 'true' : `(${parts.join(' AND ')})`;
  }

  private worksIn(w: NonNullable<CareerFilter['worksIn']>): string[] {
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
    // A setting's share is the sum over the OOH categories it groups.
    const holds = (idVar: string): string =>
      min === null
        ? `EXISTS { (n)-[:WORKS_IN]->(:Setting {id: ${idVar}}) }`
        : `reduce(total = 0.0, w IN [(n)-[w:WORKS_IN]->(:Setting {id: ${idVar}}) WHERE w.sharePct IS NOT NULL | w.sharePct] | total + w) >= ${this.param(min)} AND EXISTS { MATCH (n)-[w:WORKS_IN]->(:Setting {id: ${idVar}}) WHERE w.sharePct IS NOT NULL }`;
    const out: string[] = [];
    if (w.any) out.push(`any(id IN ${this.param(ids(w.any, 'worksIn.any'))} WHERE ${holds('id')})`);
    if (w.all) out.push(`all(id IN ${this.param(ids(w.all, 'worksIn.all'))} WHERE ${holds('id')})`);
    return out;
  }

  private range(expr: string, r: FloatRange, field: string, lowerBoundFlag?: string): string[] {
    const out: string[] = [];
    if (
      r.min !== undefined &&
      r.min !== null &&
      r.max !== undefined &&
      r.max !== null &&
      r.min > r.max
    ) {
      throw new BadUserInputError(`${field}: min (${r.min}) is above max (${r.max})`, field);
    }
    if (r.min !== undefined && r.min !== null) out.push(`${expr} >= ${this.param(r.min)}`);
    if (r.max !== undefined && r.max !== null) {
      // A floor says nothing about how high the real value is, so it cannot satisfy a maximum.
      const floorGuard = lowerBoundFlag ? ` AND NOT coalesce(${lowerBoundFlag}, false)` : '';
      out.push(`(${expr} <= ${this.param(r.max)}${floorGuard})`);
    }
    return out;
  }
}

function list<T>(items: T[], field: string): T[] {
  if (items.length > MAX_LIST)
    throw new BadUserInputError(`${field}: at most ${MAX_LIST} entries`, field);
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

/**
 * Turns typed words into a Lucene query for the full-text indexes. Every Lucene operator
 * character is escaped, so user input can never be a syntax error. `ALL` requires every word
 * (filters); `ANY` ranks by how many match (search). Each word also matches as a prefix, so
 * "nurs" finds nurses while typing.
 */
export function toLuceneQuery(text: string, mode: 'ALL' | 'ANY'): string | null {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}'-]+/gu, ''))
    .map((w) => w.replace(/^[-']+|[-']+$/g, ''))
    .filter((w) => w.length > 0)
    .slice(0, 16);
  if (words.length === 0) return null;
  const escape = (w: string): string => w.replace(/[+\-&|!(){}[\]^"~*?:\\/']/g, '\\$&');
  const clauses = words.map((w) => `(${escape(w)} OR ${escape(w)}*)`);
  return mode === 'ALL' ? clauses.map((c) => `+${c}`).join(' ') : clauses.join(' ');
}

export interface SortKeySpec {
  expr: string;
  direction: 'ASC' | 'DESC';
}

/** The sort keys, always ending with slug ASC so the order is total and cursors are stable. */
export function sortKeys(sort: CareerSort[] | undefined | null): SortKeySpec[] {
  const given =
    sort && sort.length > 0
      ? sort
      : [{ field: CareerSortField.TITLE, direction: SortDirection.ASC }];
  if (given.length > 5) throw new BadUserInputError('sort: at most 5 keys', 'sort');
  const keys = given.map((s) => {
    const spec = SORT_EXPRESSIONS[s.field];
    const direction = DIRECTIONS[s.direction ?? SortDirection.ASC];
    if (!spec || !direction)
      throw new BadUserInputError(`sort: unknown key ${String(s.field)}`, 'sort');
    const sentinel = direction === 'ASC' ? LAST_WHEN_ASC : -LAST_WHEN_ASC;
    return {
      expr: spec.numeric
        ? `coalesce(toFloat(${spec.expr}), ${sentinel.toExponential()})`
        : spec.expr,
      direction,
    };
  });
  keys.push({ expr: 'n.slug', direction: 'ASC' });
  return keys;
}

function sortSignature(sort: CareerSort[] | undefined | null): string {
  return (sort ?? []).map((s) => `${s.field}:${s.direction ?? 'ASC'}`).join(',') || 'TITLE:ASC';
}

interface CursorPayload {
  s: string;
  k: Array<string | number>;
}

export function encodeCursor(
  sort: CareerSort[] | undefined | null,
  key: Array<string | number>,
): string {
  const payload: CursorPayload = { s: sortSignature(sort), k: key };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

export function decodeCursor(
  cursor: string,
  sort: CareerSort[] | undefined | null,
  keyCount: number,
): Array<string | number> {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadUserInputError('after: not a cursor from this API', 'after');
  }
  const p = payload as Partial<CursorPayload>;
  if (
    typeof p !== 'object' ||
    p === null ||
    typeof p.s !== 'string' ||
    !Array.isArray(p.k) ||
    p.k.length !== keyCount ||
    !p.k.every((v) => typeof v === 'string' || typeof v === 'number')
  ) {
    throw new BadUserInputError('after: not a cursor from this API', 'after');
  }
  if (p.s !== sortSignature(sort)) {
    throw new BadUserInputError('after: this cursor belongs to a different sort order', 'after');
  }
  return p.k;
}

/** Keyset predicate: the row's sort key comes strictly after $after in the sort order. */
function afterPredicate(keys: SortKeySpec[]): string {
  const alternatives = keys.map((k, i) => {
    const equalBefore = keys.slice(0, i).map((_, j) => `r.sortKey[${j}] = $after[${j}]`);
    const op = k.direction === 'ASC' ? '>' : '<';
    return [...equalBefore, `r.sortKey[${i}] ${op} $after[${i}]`].join(' AND ');
  });
  return `$after IS NULL OR (${alternatives.map((a) => `(${a})`).join(' OR ')})`;
}

export function checkPageSize(first: number | undefined | null): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError(
      `first must be between 0 and ${MAX_PAGE_SIZE} (got ${size})`,
      'first',
    );
  }
  return size;
}

export interface CareersPageQuery {
  query: CypherQuery;
  params: Params;
  keyCount: number;
}

/** Builds the whole page query: filter, sort, cursor and size. */
export function buildCareersPage(args: {
  filter?: CareerFilter | null;
  sort?: CareerSort[] | null;
  first?: number | null;
  after?: string | null;
}): CareersPageQuery {
  const limit = checkPageSize(args.first);
  const compiler = new Compiler();
  const where = args.filter ? compiler.filter(args.filter, 0) : 'true';
  const keys = sortKeys(args.sort);
  const after = args.after ? decodeCursor(args.after, args.sort, keys.length) : null;
  const prelude = compiler.textVars
    .map((v, i) => {
      const carried = compiler.textVars
        .slice(0, i)
        .map((p) => `${p}, `)
        .join('');
      return `WITH ${carried}COLLECT { CALL db.index.fulltext.queryNodes('${CAREER_TEXT_INDEX}', $${v}) YIELD node RETURN node } AS ${v}`;
    })
    .join('\n');
  const text = TEMPLATE.text
    .replace('{{PRELUDE}}', prelude)
    .replace('{{WHERE}}', where)
    .replace('{{KEYS}}', `[${keys.map((k) => k.expr).join(', ')}]`)
    .replace('{{ORDER}}', keys.map((k, i) => `sortKey[${i}] ${k.direction}`).join(', '))
    .replace('{{AFTER}}', afterPredicate(keys));
  return {
    query: { name: TEMPLATE.name, text },
    // One row more than asked tells whether another page follows.
    params: { ...compiler.params, after, limit: limit + 1 },
    keyCount: keys.length,
  };
}
