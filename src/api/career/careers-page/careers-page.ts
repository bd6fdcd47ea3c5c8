import Cypher from '@neo4j/cypher-builder';
import { SHAPE_LIMITS } from '../../../config';
import type { CypherQuery } from '../../../db/cypher';
import type { Params } from '../../../db/query-runner';
import { checkFirst } from '../../shared/arguments';
import type { CareerFilter, CareerSort } from '../career.inputs';
import { CAREER_PROPERTIES } from '../career-projection';
import { chooseAnchor, normaliseFilter, type FilterAnchor } from './career-filter';
import { textLookupsOf, type TextMatch } from './filter-nodes';
import { decodeCursor } from './cursor';
import { sortKeys, type SortKey } from './sort-keys';

/** The name the query runs under, in logs and round-trip counts. */
const QUERY_NAME = 'api/careers-page';

export function checkPageSize(first: number | undefined | null): number {
  return checkFirst(first ?? SHAPE_LIMITS.defaultPageSize, 0, SHAPE_LIMITS.maxPageSize);
}

export interface CareersPageArgs {
  filter?: CareerFilter | null;
  sort?: CareerSort[] | null;
  first?: number | null;
  after?: string | null;
}

export interface CareersPageQuery {
  query: CypherQuery;
  params: Params;
  pageSize: number;
}

/**
 * Builds the query for one page of careers: filtering, sorting and keyset paging all run in the
 * database, in one statement. Its shape:
 *
 *   [WITH <full-text look-ups, once per query>]
 *   MATCH (n:Career) WHERE <filter>
 *     or, when the filter requires a link to named nodes (see chooseAnchor):
 *   MATCH (n:Career)-[:LINK]->(a) WHERE a.id IN $ids WITH DISTINCT n WHERE <rest of the filter>
 *   WITH n, [<sort keys>] AS sortKey ORDER BY sortKey[0] …, sortKey[k]
 *   WITH collect(…) AS rows
 *   RETURN size(rows) AS totalCount, [p IN [rows after the cursor][0..$limit] | values] AS page
 *
 * `$limit` is one more than the page size: the extra row tells whether another page follows.
 * Each item is the values of the career properties `$props` names (the selection's, see
 * career-projection.ts), in that order: a parameter, so every selection shares the plan.
 */
export function buildCareersPage(
  args: CareersPageArgs,
  props: readonly string[] = CAREER_PROPERTIES,
): CareersPageQuery {
  const pageSize = checkPageSize(args.first);
  const n = new Cypher.NamedNode('n');
  // Checked and normalised first, then printed: the anchor is a choice made on the checked tree.
  const filter = args.filter ? chooseAnchor(normaliseFilter(args.filter)) : null;
  const anchor = filter?.anchor ?? null;
  const where = filter?.rest.predicate(n);
  const keys = sortKeys(n, args.sort);
  const after = args.after ? decodeCursor(args.after, args.sort, keys.length) : null;

  const sortKey = new Cypher.NamedVariable('sortKey');
  const rows = new Cypher.NamedVariable('rows');
  const row = new Cypher.NamedVariable('r');
  const lookups = filter ? textLookupsOf(filter.rest) : [];
  const matching = anchor
    ? anchoredMatch(n, anchor, where, lookups)
    : new Cypher.Match(new Cypher.Pattern(n, { labels: ['Career'] })).where(where);
  // Rows after the cursor, cut to the page, then projected: the properties of the page's rows
  // only, not of every matching career (656 of them for one filter at 3,000 careers).
  const kept = new Cypher.ListComprehension(row).in(rows);
  if (after)
    kept.where(afterCursor(keys, row.property('sortKey'), new Cypher.NamedParam('after', after)));
  const limit = new Cypher.NamedParam('limit', pageSize + 1);
  const pageRow = new Cypher.NamedVariable('p');
  const page = new Cypher.ListComprehension(pageRow).in(firstRows(kept, limit)).map(
    new Cypher.Map({
      item: valuesOf(pageRow.property('node'), new Cypher.NamedParam('props', [...props])),
      sortKey: pageRow.property('sortKey'),
    }),
  );
  matching
    .with(n, [new Cypher.List(keys.map((k) => k.expr)), sortKey])
    .orderBy(...keys.map((k, i): [Cypher.Expr, 'ASC' | 'DESC'] => [sortKey.index(i), k.direction]))
    .with([Cypher.collect(new Cypher.Map({ node: n, sortKey })), rows])
    .return([Cypher.size(rows), 'totalCount'], [page, 'page']);
  const statement =
    lookups.length === 0
      ? matching
      : Cypher.utils.concat(
          new Cypher.With(
            ...lookups.map((t): [Cypher.Expr, Cypher.Variable] => [t.lookup(), t.matches]),
          ),
          matching,
        );
  const { cypher, params } = statement.build();
  return { query: { name: QUERY_NAME, text: cypher }, params, pageSize };
}

/**
 * `MATCH (n:Career)-[:TYPE]->(a:Label) WHERE a.id IN $ids WITH DISTINCT n[, lookups] WHERE …`:
 * the careers linked to the anchor's nodes, each once (a career may hold several WORKS_IN edges
 * to one setting, one per OOH category), then the rest of the filter. The text look-ups' lists
 * ride along through the DISTINCT, where the filter reads them.
 */
function anchoredMatch(
  n: Cypher.Node,
  anchor: FilterAnchor,
  where: Cypher.Predicate | undefined,
  lookups: readonly TextMatch[],
): Cypher.With {
  const linked = new Cypher.Node();
  return new Cypher.Match(
    new Cypher.Pattern(n, { labels: ['Career'] })
      .related({ type: anchor.link.type })
      .to(linked, { labels: [anchor.link.label] }),
  )
    .where(Cypher.in(linked.property('id'), new Cypher.Param([...anchor.ids])))
    .with(n, ...lookups.map((t) => t.matches))
    .distinct()
    .where(where);
}

/** Keyset predicate: the row's sort key comes strictly after the cursor's in the sort order. */
function afterCursor(keys: SortKey[], rowKey: Cypher.Expr, cursor: Cypher.Param): Cypher.Predicate {
  const alternatives = keys.map((k, i) => {
    const equalBefore = keys
      .slice(0, i)
      .map((_, j) => Cypher.eq(Cypher.listIndex(rowKey, j), Cypher.listIndex(cursor, j)));
    const compare = k.direction === 'ASC' ? Cypher.gt : Cypher.lt;
    return Cypher.and(
      ...equalBefore,
      compare(Cypher.listIndex(rowKey, i), Cypher.listIndex(cursor, i)),
    );
  });
  return Cypher.or(...alternatives) ?? Cypher.false;
}

/** `[k IN $props | node[k]]`: the builder has no dynamic property access. */
function valuesOf(node: Cypher.Expr, props: Cypher.Param): Cypher.Expr {
  return new Cypher.Raw((ctx) => `[k IN ${ctx.compile(props)} | ${ctx.compile(node)}[k]]`);
}

/** `list[0..toInteger(count)]`: the builder's list ranges take fixed numbers, not parameters. */
function firstRows(list: Cypher.Expr, count: Cypher.Param): Cypher.Expr {
  return new Cypher.Raw(
    (ctx) => `${ctx.compile(list)}[0..${ctx.compile(Cypher.toInteger(count))}]`,
  );
}
