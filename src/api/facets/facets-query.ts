import Cypher from '@neo4j/cypher-builder';
import { cypher, cypherWithSlots, type CypherQuery } from '../../db/cypher';
import type { Params } from '../../db/query-runner';
import type { CareerFilter } from '../career/career.inputs';
import { textLookupsOf } from '../career/careers-page/filter-nodes';
import { FACETS, facetFilters, type Facet } from './facet-filters';

const TEMPLATE = cypher('api/career-facets');

export interface FacetsQuery {
  query: CypherQuery;
  params: Params;
}

/**
 * The facet statement for one filter: career-facets.cypher with each slot a predicate over `n`
 * printed by the careers page's filter nodes, each part of the filter once. All are printed in
 * one cypher-builder environment, so their parameters and variables are numbered once across the
 * statement (two predicates printed apart would both name their first parameter `$param0`). Like
 * the careers page's, the text depends on the filter's shape, never on its values, and grows
 * linearly with it. The slots are filled per request, not at start-up as the look-ahead's are,
 * but with the compiler's own text only; the slot check still holds the file and this code to
 * the same set of slots.
 */
export function buildFacetsQuery(
  filter: CareerFilter | null | undefined,
  want: ReadonlySet<Facet>,
): FacetsQuery {
  const parts = facetFilters(filter);
  const n = new Cypher.NamedNode('n');
  const lookups = textLookupsOf(parts.common);
  const slots: Record<string, string> = {};
  const printed = new Cypher.Raw((ctx) => {
    slots.lookups =
      lookups.length === 0
        ? ''
        : `WITH ${lookups.map((t) => `${ctx.compile(t.lookup())} AS ${ctx.compile(t.matches)}`).join(', ')}`;
    slots.common = ctx.compile(parts.common.predicate(n));
    for (const facet of FACETS) slots[facet] = ctx.compile(parts.own[facet].predicate(n));
    return '';
  });
  const { params } = printed.build();
  const query = cypherWithSlots(TEMPLATE, slots);
  return {
    // Without the blank first line an empty {{lookups}} leaves.
    query: { ...query, text: query.text.trim() },
    params: {
      ...params,
      want: Object.fromEntries(FACETS.map((facet) => [facet, want.has(facet)])),
      minSharePct: parts.minSharePct,
    },
  };
}
