import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/paths';

/**
 * The questions the benchmark asks each of the three servers, with one way to count the items in
 * each answer (entries of every list, plus totalCount where a page has one): the counts must
 * agree before the timings mean anything.
 */

/** The careers and words a run asks about; they differ between the real and synthetic graphs. */
export interface Probe {
  slug: string;
  pathFrom: string;
  pathTo: string;
  searchText: string;
  setting: string;
}

export interface Question {
  id: string;
  name: string;
  /** GraphQL for this API. */
  api: string;
  /** GraphQL for @neo4j/graphql and bench/neo4j-graphql/typedefs.graphql. */
  neo4jGraphql: string;
  /** The floor: one hand-written statement from bench/floor/, run through the driver. */
  floor: { text: string; params: Record<string, unknown> };
  count: {
    api(data: unknown): number;
    neo4jGraphql(data: unknown): number;
    floor(rows: Array<Record<string, unknown>>): number;
  };
}

/** Reads one property of a JSON value, or undefined. */
export function get(value: unknown, ...keys: Array<string | number>): unknown {
  let v = value;
  for (const k of keys) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
const sum = (xs: unknown[], f: (x: unknown) => number): number =>
  xs.reduce<number>((s, x) => s + f(x), 0);
const len = (v: unknown): number => list(v).length;
/**
 * Distinct values at `keys` in a list: the API names each setting once (its OOH categories
 * grouped), where the graph has one WORKS_IN edge per category.
 */
const distinct = (v: unknown, ...keys: string[]): number =>
  new Set(list(v).map((x) => JSON.stringify(get(x, ...keys)))).size;

/** The same escaping the API applies to search text (words match as themselves or prefixes). */
export function luceneAny(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter((w) => w.length > 0)
    .map((w) => `(${w} OR ${w}*)`)
    .join(' ');
}

function floor(name: string, params: Record<string, unknown>): Question['floor'] {
  return {
    text: readFileSync(path.join(REPO_ROOT, 'bench', 'floor', `${name}.cypher`), 'utf8'),
    params,
  };
}

export function questions(p: Probe): Question[] {
  const slug = JSON.stringify(p.slug);
  return [
    {
      id: 'career-by-slug',
      name: 'career by slug (settings, credentials + issuer, traits, sources)',
      api: `{ career(slug: ${slug}) { title medianPay { annual }
        settings { sharePct setting { name } } credentials { role credential { name issuer { name } } }
        traits { name } sources { url } } }`,
      neo4jGraphql: `{ careers(where: { slug: { eq: ${slug} } }) { title medianPayAnnual
        settingsConnection { edges { properties { sharePct } node { name } } }
        credentialsConnection { edges { properties { role } node { name issuer { name } } } }
        traits { name } sources { url } } }`,
      floor: floor('career-by-slug', { slug: p.slug }),
      count: {
        api: (d) => {
          const c = get(d, 'career');
          return (
            len(get(c, 'settings')) +
            len(get(c, 'credentials')) +
            len(get(c, 'traits')) +
            len(get(c, 'sources'))
          );
        },
        neo4jGraphql: (d) => {
          const c = get(d, 'careers', 0);
          return (
            distinct(get(c, 'settingsConnection', 'edges'), 'node', 'name') +
            len(get(c, 'credentialsConnection', 'edges')) +
            len(get(c, 'traits')) +
            len(get(c, 'sources'))
          );
        },
        floor: (rows) =>
          sum(
            rows,
            (r) =>
              distinct(get(r, 'settings'), 'name') +
              len(get(r, 'credentials')) +
              len(get(r, 'traits')) +
              len(get(r, 'sources')),
          ),
      },
    },
    {
      id: 'page-of-50',
      name: 'page of 50 (settings, credentials + issuer, traits, similar)',
      api: `{ careers(first: 50) { totalCount edges { node { slug
        settings { sharePct setting { id } } credentials { credential { id issuer { id } } }
        traits { id } similarOccupations { slug } } } } }`,
      neo4jGraphql: `{ careersConnection(first: 50, sort: [{ title: ASC }]) { totalCount edges { node { slug
        settingsConnection { edges { properties { sharePct } node { id } } }
        credentials { id issuer { id } } traits { id } similarOccupations { slug } } } } }`,
      floor: floor('page-of-50', {}),
      count: {
        api: (d) =>
          sum(list(get(d, 'careers', 'edges')), (e) => {
            const n = get(e, 'node');
            return (
              1 +
              len(get(n, 'settings')) +
              len(get(n, 'credentials')) +
              len(get(n, 'traits')) +
              len(get(n, 'similarOccupations'))
            );
          }),
        neo4jGraphql: (d) =>
          sum(list(get(d, 'careersConnection', 'edges')), (e) => {
            const n = get(e, 'node');
            return (
              1 +
              distinct(get(n, 'settingsConnection', 'edges'), 'node', 'id') +
              len(get(n, 'credentials')) +
              len(get(n, 'traits')) +
              len(get(n, 'similarOccupations'))
            );
          }),
        floor: (rows) =>
          sum(
            rows,
            (r) =>
              1 +
              distinct(get(r, 'settings'), 'id') +
              len(get(r, 'credentials')) +
              len(get(r, 'traits')) +
              len(get(r, 'similar')),
          ),
      },
    },
    {
      id: 'filtered-page',
      name: 'filtered + sorted page of 20',
      api: `{ careers(filter: { entryEducation: { atMost: ASSOCIATES_DEGREE }, worksIn: { any: [${JSON.stringify(p.setting)}] },
        growthAboveNationalAverage: true }, sort: [{ field: MEDIAN_PAY, direction: DESC }], first: 20)
        { totalCount edges { node { title medianPay { annual } } } } }`,
      neo4jGraphql: `{ careersConnection(first: 20, sort: [{ medianPayAnnual: DESC }], where: {
        projectedGrowthPct: { gt: 3.0 }, entryEducation: { some: { rank: { lte: 4 } } },
        settings: { some: { id: { eq: ${JSON.stringify(p.setting)} } } } })
        { totalCount edges { node { title medianPayAnnual } } } }`,
      floor: floor('filtered-page', { setting: p.setting }),
      count: {
        api: (d) => Number(get(d, 'careers', 'totalCount')) + len(get(d, 'careers', 'edges')),
        neo4jGraphql: (d) =>
          Number(get(d, 'careersConnection', 'totalCount')) +
          len(get(d, 'careersConnection', 'edges')),
        floor: (rows) => Number(get(rows[0], 'totalCount')) + len(get(rows[0], 'page')),
      },
    },
    {
      id: 'search',
      name: 'full-text search, 10 hits',
      api: `{ search(text: ${JSON.stringify(p.searchText)}, first: 10) { type id score } }`,
      neo4jGraphql: `{ search(query: ${JSON.stringify(luceneAny(p.searchText))}, first: 10) { type id score } }`,
      floor: floor('search', { query: luceneAny(p.searchText), first: 10 }),
      count: {
        api: (d) => len(get(d, 'search')),
        neo4jGraphql: (d) => len(get(d, 'search')),
        floor: (rows) => rows.length,
      },
    },
    {
      id: 'similar-careers',
      name: 'similar careers by shared settings, 10',
      api: `{ similarCareers(slug: ${slug}, by: SHARED_SETTINGS, first: 10) { score career { slug } } }`,
      neo4jGraphql: `{ similarBySettings(slug: ${slug}, first: 10) { score slug } }`,
      floor: floor('similar-careers', { slug: p.slug, first: 10 }),
      count: {
        api: (d) => len(get(d, 'similarCareers')),
        neo4jGraphql: (d) => len(get(d, 'similarBySettings')),
        floor: (rows) => rows.length,
      },
    },
    {
      id: 'career-path',
      name: 'career path (shortest, with credentials per step)',
      api: `{ careerPath(from: ${JSON.stringify(p.pathFrom)}, to: ${JSON.stringify(p.pathTo)})
        { length steps { to { slug } credentials { id } } } }`,
      neo4jGraphql: `{ careerPath(from: ${JSON.stringify(p.pathFrom)}, to: ${JSON.stringify(p.pathTo)}) { to credentialIds } }`,
      floor: floor('career-path', { from: p.pathFrom, to: p.pathTo }),
      count: {
        api: (d) => len(get(d, 'careerPath', 'steps')),
        neo4jGraphql: (d) => len(get(d, 'careerPath')),
        floor: (rows) => rows.length,
      },
    },
    {
      id: 'stats',
      name: 'stats (count, pay by education, careers per setting)',
      api: `{ stats { careerCount medianPayByEntryEducation { median } careersPerSetting { count } } }`,
      neo4jGraphql: `{ stats { careerCount medianPayByEntryEducation { median } careersPerSetting { count } } }`,
      floor: floor('stats', {}),
      count: {
        api: (d) => Number(get(d, 'stats', 'careerCount')),
        neo4jGraphql: (d) => Number(get(d, 'stats', 'careerCount')),
        floor: (rows) => Number(get(rows[0], 'careerCount')),
      },
    },
    {
      id: 'three-levels',
      name: 'three levels deep (similar → similar → traits)',
      api: `{ career(slug: ${slug}) { slug similarOccupations { slug similarOccupations { slug traits { id } } } } }`,
      neo4jGraphql: `{ careers(where: { slug: { eq: ${slug} } }) { slug similarOccupations { slug
        similarOccupations { slug traits { id } } } } }`,
      floor: floor('three-levels', { slug: p.slug }),
      count: {
        api: (d) =>
          sum(list(get(d, 'career', 'similarOccupations')), (m) =>
            sum(list(get(m, 'similarOccupations')), (k) => 1 + len(get(k, 'traits'))),
          ),
        neo4jGraphql: (d) =>
          sum(list(get(d, 'careers', 0, 'similarOccupations')), (m) =>
            sum(list(get(m, 'similarOccupations')), (k) => 1 + len(get(k, 'traits'))),
          ),
        floor: (rows) =>
          sum(list(get(rows[0], 'similar')), (m) =>
            sum(list(get(m, 'similar')), (k) => 1 + len(get(k, 'traits'))),
          ),
      },
    },
  ];
}
