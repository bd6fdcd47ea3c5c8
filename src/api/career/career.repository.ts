import type { QueryRunner } from '../../db/query-runner';
import type { CareerRecord } from '../graph-model/career.type';
import type { CareerConnection } from './career-connection.type';
import { buildCareersPage, type CareersPageArgs } from './careers-page/careers-page';
import { encodeCursor } from './careers-page/cursor';
import { fromValues } from './projected-values';
import type DataLoader from 'dataloader';
import { selectsAnyList, type CareerProjection } from './career-projection';

interface PageRow {
  totalCount: number;
  page: Array<{ item: unknown[]; sortKey: Array<string | number> }>;
}

/**
 * Career reads that are not per-parent lookups (those go through loaders). `lookAhead` is the
 * request's careerWithRelations (career.loaders.ts): the page's lists share its batches and cache.
 */
export function careerRepository(
  runner: QueryRunner,
  lookAhead: (projection: CareerProjection) => DataLoader<string, CareerRecord | null>,
) {
  /**
   * One page of careers matching `filter`, sorted, after a cursor: one query. Each career has
   * the properties `props` names (see career-projection.ts), and only those.
   */
  async function pageOf(
    args: CareersPageArgs,
    props: readonly string[],
  ): Promise<CareerConnection> {
    const { query, params, pageSize } = buildCareersPage(args, props);
    // Traced with its arguments: the text depends on them, and POST /cypher/plan rebuilds it.
    const [row] = (await runner.read(query, params, {
      arguments: { ...args },
    })) as unknown as PageRow[];
    const rows = row?.page ?? [];
    const edges = rows.slice(0, pageSize).map((r) => ({
      cursor: encodeCursor(args.sort, r.sortKey),
      node: fromValues<CareerRecord>(props, r.item),
    }));
    return {
      totalCount: row?.totalCount ?? 0,
      edges,
      pageInfo: {
        hasNextPage: rows.length > pageSize,
        endCursor: edges.length > 0 ? (edges[edges.length - 1]?.cursor ?? null) : null,
      },
    };
  }

  return {
    /**
     * One page of careers, each with what `projection` selects: its properties, and its nested
     * lists, read ahead for the whole page in one more statement whatever the page size (see
     * career-bundle.ts), so the page's field resolvers make no round trip of their own.
     */
    async page(args: CareersPageArgs, projection: CareerProjection): Promise<CareerConnection> {
      if (!selectsAnyList(projection)) return pageOf(args, projection.career);
      const page = await pageOf(args, ['slug']);
      if (page.edges.length === 0) return page;
      const found = await lookAhead(projection).loadMany(page.edges.map((e) => e.node.slug));
      const edges = page.edges.map((edge, i) => {
        const node = found[i];
        if (node instanceof Error) throw node;
        // Gone between the two statements (a reload of the graph): say so, never a half career.
        if (!node) throw new Error(`career ${edge.node.slug} vanished while its page was read`);
        return { ...edge, node };
      });
      return { ...page, edges };
    },
  };
}

export type CareerRepository = ReturnType<typeof careerRepository>;
