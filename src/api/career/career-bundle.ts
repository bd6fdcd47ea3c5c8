import type DataLoader from 'dataloader';
import { cypher, cypherWithSlots, type CypherQuery } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import type { CareerRecord } from '../graph-model/career.type';
import { batchLoader } from '../shared/loaders';
import { attachPrefetched } from '../shared/prefetched';
import { SIMILAR, careerLists, type CareerListOf, type ListProjections } from './career-lists';
import { selectsOwnList, type CareerProjection } from './career-projection';
import { fromValues } from './projected-values';

/**
 * careers-with-relations.cypher with one column per list of career-lists.ts: fixed text, built
 * once at start-up, so Neo4j plans it once whatever the selection (that is a parameter).
 */
export function lookAheadStatement(lists: readonly CareerListOf[]): CypherQuery {
  const columns = lists.map(
    (l) => `${l.field}: CASE WHEN p.${l.field} IS NOT NULL THEN ${l.column} END`,
  );
  return cypherWithSlots(cypher('api/careers-with-relations'), {
    lists: `{\n    ${columns.join(',\n    ')}\n  }`,
  });
}

export const LOOK_AHEAD = lookAheadStatement(careerLists());

/** A row of the statement: one career at one level, values in the level's order. */
interface LookAheadRow {
  depth: number;
  item: unknown[];
  /** Each selected list's rows, by field; null when the level reads no list. */
  lists: Partial<Record<keyof ListProjections, unknown[] | null>> | null;
  similar: string[] | null;
}

/**
 * What the statement reads of the careers at one level: a projection without its nesting, and
 * whether it reads any list at all (a level that does not skips the per-career subqueries).
 */
type LevelProjection = Omit<CareerProjection, 'similar'> & { similar: boolean; anyList: boolean };

/**
 * Levels of careers one statement reads: the careers asked for, then three levels of similar
 * occupations below them (careers-with-relations.cypher spells out each level). Deeper ones come
 * from the loaders; the cost limit refuses most selections that deep anyway (similarOccupations
 * counts as 10 careers per level).
 */
export const MAX_LOOK_AHEAD_LEVELS = 4;

/** A projection as the statement's levels: the careers asked for, then their similar ones, … */
export function levelsOf(projection: CareerProjection): LevelProjection[] {
  const levels: LevelProjection[] = [];
  let leaf: CareerProjection = projection;
  for (let p: CareerProjection | null = projection; p; p = p.similar) {
    const last = levels.length === MAX_LOOK_AHEAD_LEVELS - 1;
    const similar = p.similar !== null && !last;
    levels.push({ ...p, similar, anyList: similar || selectsOwnList(p) });
    leaf = p;
    if (last) break;
  }
  // Similar occupations asked for nothing but their slug (`similarOccupations { slug }`, as a
  // page's links are) need no level of their own: the level above already sends their slugs.
  // At 3,000 careers a page of 50 names ~490 of them, ~4 ms of the lists statement's database
  // time per request.
  const deepest = levels[levels.length - 1]!;
  const slugOnly = leaf.similar === null && !deepest.anyList && deepest.career.length === 1;
  if (levels.length > 1 && slugOnly) levels.pop();
  return levels;
}

/**
 * Careers by slug with the properties and nested lists `projection` names, down through their
 * similar occupations, one statement per batch (see careers-with-relations.cypher). Each career
 * comes back with its lists attached (see prefetched.ts), so the field resolvers of this selection
 * make no round trip of their own. The careers hold only the projected properties, so they are
 * not primed into `careerBySlug`, which other fields of the request read whole; the one exception
 * is a projection that reads them whole (ONLY_SIMILAR, see career.loaders.ts).
 */
export function careerBundleLoader(
  runner: QueryRunner,
  projection: CareerProjection,
): DataLoader<string, CareerRecord | null> {
  const levels = levelsOf(projection);
  return batchLoader<CareerRecord | null>(runner, async (keys, askedBy) => {
    const rowsAt = new Map<number, LookAheadRow[]>();
    const rows = (await runner.read(
      LOOK_AHEAD,
      { keys: [...keys], levels },
      { askedBy },
    )) as unknown as LookAheadRow[];
    for (const row of rows) {
      const at = rowsAt.get(row.depth);
      if (at) at.push(row);
      else rowsAt.set(row.depth, [row]);
    }
    // From the deepest level up, so each career's similar occupations are built before it. Below
    // the deepest level sent, a similar occupation is its slug alone (see levelsOf).
    let below: Map<string, CareerRecord> | null = null;
    for (let depth = levels.length - 1; depth >= 0; depth--) {
      const p = levels[depth]!;
      const here = new Map<string, CareerRecord>();
      for (const r of rowsAt.get(depth) ?? []) {
        const career = fromValues<CareerRecord>(p.career, r.item);
        here.set(career.slug, career);
        for (const list of careerLists()) {
          const part: unknown = p[list.field];
          if (part !== null) {
            attachPrefetched(career, list.key, list.decode(part, r.lists?.[list.field] ?? []));
          }
        }
        if (p.similar) {
          const similar = (r.similar ?? []).map((slug) => fromLevel(below, slug));
          attachPrefetched(career, SIMILAR.key, similar);
        }
      }
      below = here;
    }
    return keys.map((k) => below?.get(k) ?? null);
  });
}

/** A similar occupation, by slug, from the level below (the statement sends each one there). */
function fromLevel(level: Map<string, CareerRecord> | null, slug: string): CareerRecord {
  if (level === null) return { slug } as CareerRecord;
  const career = level.get(slug);
  if (!career) throw new Error(`${LOOK_AHEAD.name}: career ${slug} listed but not sent`);
  return career;
}
