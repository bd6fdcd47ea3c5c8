import type { QueryRunner } from '../db/query-runner';
import type { CareerConnection } from './career-connection.type';
import type { CareerFilter, CareerSort } from './career.inputs';
import type { CareerRecord } from './career.type';
import { buildCareersPage, encodeCursor } from './career-query';

interface PageRow {
  totalCount: number;
  page: Array<{ item: CareerRecord; sortKey: Array<string | number> }>;
}

/** Career reads that are not per-parent lookups (those go through loaders). */
export class CareerRepository {
  constructor(private readonly runner: QueryRunner) {}

  /** One page of careers matching `filter`, sorted, after a cursor: one query. */
  async page(args: {
    filter?: CareerFilter | null;
    sort?: CareerSort[] | null;
    first?: number | null;
    after?: string | null;
  }): Promise<CareerConnection> {
    const { query, params } = buildCareersPage(args);
    const [row] = (await this.runner.read(query, params)) as unknown as PageRow[];
    const limit = Number(params.limit) - 1;
    const rows = row?.page ?? [];
    const edges = rows.slice(0, limit).map((r) => ({
      cursor: encodeCursor(args.sort, r.sortKey),
      node: r.item,
    }));
    return {
      totalCount: row?.totalCount ?? 0,
      edges,
      pageInfo: {
        hasNextPage: rows.length > limit,
        endCursor: edges.length > 0 ? (edges[edges.length - 1]?.cursor ?? null) : null,
      },
    };
  }
}
