import type { QueryRunner } from '../../db/query-runner';
import type { CareerRecord } from '../graph-model/career.type';
import type { CareerConnection } from './career-connection.type';
import { buildCareersPage, type CareersPageArgs } from './careers-page/careers-page';
import { encodeCursor } from './careers-page/cursor';
import { fromValues } from './career-projection';

interface PageRow {
  totalCount: number;
  page: Array<{ item: unknown[]; sortKey: Array<string | number> }>;
}

/** Career reads that are not per-parent lookups (those go through loaders). */
export function careerRepository(runner: QueryRunner) {
  return {
    /**
     * One page of careers matching `filter`, sorted, after a cursor: one query. Each career has
     * the properties `props` names (see career-projection.ts), and only those.
     */
    async page(args: CareersPageArgs, props: readonly string[]): Promise<CareerConnection> {
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
    },
  };
}

export type CareerRepository = ReturnType<typeof careerRepository>;
