import { careerProperties, careerSourceUrls } from './load-seeds';
import type { SeedSet } from './seed-files';

/**
 * The graph the seed loader writes, as the CSV files of Neo4j's bulk importer
 * (`neo4j-admin database import full`): one file per label and per relationship type, with typed
 * headers. It mirrors cypher/seed/*.cypher property for property; test/integration/bulk-import
 * loads the same seeds both ways and compares the graphs, types included, so a property added to
 * one path and not the other fails there.
 */

/** A column's type in the importer's header. */
type ColumnType = 'string' | 'double' | 'boolean' | 'date' | 'string[]' | 'ID' | 'START' | 'END';

interface Column {
  name: string;
  type: ColumnType;
  /** The id space (label) of an ID, START_ID or END_ID column. */
  space?: string;
}

export interface ImportFile {
  /** File name, e.g. `nodes-Career.csv`. */
  name: string;
  kind: 'nodes' | 'relationships';
  /** The label of a node file, the type of a relationship file. */
  group: string;
  header: Column[];
  rows: unknown[][];
}

/**
 * What a CSV field cannot say: an empty list reads back as no property. The loader's SET keeps
 * an empty list (`a.credentialIds = []`), so after the import these are set by one statement
 * (cypher/seed/empty-credential-ids.cypher), keyed by the step's two ends.
 */
export interface ImportFixUps {
  emptyCredentialIds: Array<{ from: string; to: string }>;
}

/** Separates list items; no seed text can hold it (a control character). */
export const ARRAY_DELIMITER = '\u001f';

const id = (space: string, name: string): Column => ({ name, type: 'ID', space });
const start = (space: string): Column => ({ name: '', type: 'START', space });
const end = (space: string): Column => ({ name: '', type: 'END', space });
const str = (name: string): Column => ({ name, type: 'string' });

/** Every node and relationship file of `seeds`, and what the CSV cannot carry. */
export function importFiles(seeds: SeedSet): { files: ImportFile[]; fixUps: ImportFixUps } {
  const files: ImportFile[] = [];
  const nodes = (group: string, header: Column[], rows: unknown[][]) =>
    files.push({ name: `nodes-${group}.csv`, kind: 'nodes', group, header, rows });
  const rels = (group: string, header: Column[], rows: unknown[][], from = '') =>
    files.push({
      name: `relationships-${group}${from}.csv`,
      kind: 'relationships',
      group,
      header,
      rows,
    });
  const cs = seeds.careers;

  nodes(
    'Source',
    [
      id('Source', 'url'),
      str('title'),
      str('publisher'),
      str('edition'),
      { name: 'lastModified', type: 'date' },
      str('kind'),
    ],
    seeds.sources.map((s) => [s.url, s.title, s.publisher, s.edition, s.lastModified, s.kind]),
  );
  nodes(
    'EducationLevel',
    [id('EducationLevel', 'code'), str('name'), { name: 'rank', type: 'double' }],
    seeds.educationLevels.map((e) => [e.code, e.name, e.rank]),
  );
  nodes(
    'Setting',
    [id('Setting', 'id'), str('name'), str('description')],
    seeds.settings.map((s) => [s.id, s.name, s.description]),
  );
  nodes(
    'Organization',
    [id('Organization', 'id'), str('name'), str('acronym')],
    seeds.organizations.map((o) => [o.id, o.name, o.acronym]),
  );
  nodes(
    'Credential',
    [id('Credential', 'id'), str('name'), str('acronym'), str('kind'), str('note'), str('source')],
    seeds.credentials.map((c) => [c.id, c.name, c.acronym, c.kind, c.note, c.source]),
  );
  nodes(
    'Trait',
    [id('Trait', 'id'), str('name'), str('kind')],
    seeds.traits.map((t) => [t.id, t.name, t.kind]),
  );
  nodes(
    'CareerFamily',
    [id('CareerFamily', 'slug'), str('title'), str('source')],
    seeds.families.map((f) => [f.slug, f.title, f.source]),
  );
  const industries = [...new Set(cs.flatMap((c) => c.payByIndustry.map((p) => p.industry)))];
  nodes(
    'Industry',
    [id('Industry', 'name')],
    industries.map((name) => [name]),
  );
  nodes(...careerNodes(seeds));

  const byRank = new Map(seeds.educationLevels.map((e) => [e.rank, e.code]));
  rels(
    'NEXT_LEVEL',
    [start('EducationLevel'), end('EducationLevel')],
    seeds.educationLevels.flatMap((e) => {
      const next = byRank.get(e.rank + 1);
      return next === undefined ? [] : [[e.code, next]];
    }),
  );
  rels(
    'ISSUED_BY',
    [start('Credential'), end('Organization'), str('source')],
    seeds.credentials.flatMap((c) => (c.issuerId === null ? [] : [[c.id, c.issuerId, c.source]])),
  );
  rels(
    'SOURCED_FROM',
    [start('Credential'), end('Source')],
    seeds.credentials.map((c) => [c.id, c.source]),
    '-Credential',
  );
  rels(
    'SOURCED_FROM',
    [start('Career'), end('Source')],
    cs.flatMap((c) => careerSourceUrls(c).map((url) => [c.slug, url])),
    '-Career',
  );
  rels(
    'PART_OF',
    [start('Career'), end('CareerFamily'), str('source')],
    cs.flatMap((c) => (c.familySlug === null ? [] : [[c.slug, c.familySlug, c.source]])),
  );
  rels(
    'ENTRY_EDUCATION',
    [start('Career'), end('EducationLevel'), str('source')],
    cs.map((c) => [c.slug, c.entryEducation.code, c.entryEducation.source]),
  );
  rels(
    'EDUCATION_OPTION',
    [start('Career'), end('EducationLevel'), str('note'), str('source')],
    cs.flatMap((c) => c.educationOptions.map((o) => [c.slug, o.code, o.note, o.source])),
  );
  rels(
    'WORKS_IN',
    [
      start('Career'),
      end('Setting'),
      str('oohCategory'),
      { name: 'sharePct', type: 'double' },
      str('scope'),
      str('source'),
    ],
    cs.flatMap((c) =>
      c.settings.map((s) => [c.slug, s.settingId, s.oohCategory, s.sharePct, s.scope, s.source]),
    ),
  );
  rels(
    'HAS_CREDENTIAL',
    [start('Career'), end('Credential'), str('role'), str('note'), str('source')],
    cs.flatMap((c) => c.credentials.map((x) => [c.slug, x.credentialId, x.role, x.note, x.source])),
  );
  rels(
    'HAS_TRAIT',
    [start('Career'), end('Trait'), str('source')],
    cs.flatMap((c) => c.traits.map((t) => [c.slug, t.traitId, t.source])),
  );
  rels(
    'SIMILAR_TO',
    [start('Career'), end('Career'), str('source')],
    cs.flatMap((c) => c.similarTo.map((s) => [c.slug, s.slug, s.source])),
  );
  rels(
    'ADVANCES_TO',
    [
      start('Career'),
      end('Career'),
      { name: 'credentialIds', type: 'string[]' },
      str('educationCode'),
      str('note'),
      str('source'),
    ],
    cs.flatMap((c) =>
      c.advancesTo.map((a) => [c.slug, a.slug, a.credentialIds, a.educationCode, a.note, a.source]),
    ),
  );
  rels(
    'PAY_IN_INDUSTRY',
    [
      start('Career'),
      end('Industry'),
      { name: 'medianAnnual', type: 'double' },
      { name: 'isLowerBound', type: 'boolean' },
      str('source'),
    ],
    cs.flatMap((c) =>
      c.payByIndustry.map((p) => [c.slug, p.industry, p.medianAnnual, p.isLowerBound, p.source]),
    ),
  );
  const emptyCredentialIds = cs.flatMap((c) =>
    c.advancesTo
      .filter((a) => a.credentialIds.length === 0)
      .map((a) => ({ from: c.slug, to: a.slug })),
  );
  return { files, fixUps: { emptyCredentialIds } };
}

/**
 * Career nodes hold what careerProperties gives, the loader's own flattening, so a fact added
 * there lands in both paths. Each column's type comes from its values: numbers are doubles, as
 * the loader's JSON parameters travel (the driver sends JS numbers as Cypher floats).
 */
function careerNodes(seeds: SeedSet): [string, Column[], unknown[][]] {
  const props = seeds.careers.map(careerProperties);
  const types = new Map<string, ColumnType>();
  for (const p of props) {
    for (const [key, value] of Object.entries(p)) {
      if (key === 'slug') continue;
      const type = columnType(value);
      const seen = types.get(key);
      if (seen && seen !== type) throw new Error(`Career.${key}: both ${seen} and ${type} values`);
      types.set(key, type);
    }
  }
  const keys = [...types.keys()].sort();
  const header = [id('Career', 'slug'), ...keys.map((name) => ({ name, type: types.get(name)! }))];
  return ['Career', header, props.map((p) => [p.slug, ...keys.map((k) => p[k] ?? null)])];
}

function columnType(value: unknown): ColumnType {
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return 'string[]';
  throw new Error(`no CSV column type for ${JSON.stringify(value)}`);
}

/** The header line: `url:ID(Source),title,…`, `:START_ID(Career),:END_ID(Setting),…`. */
export function headerLine(header: readonly Column[]): string {
  return header
    .map((c) => {
      if (c.type === 'ID') return `${c.name}:ID(${c.space})`;
      if (c.type === 'START') return `:START_ID(${c.space})`;
      if (c.type === 'END') return `:END_ID(${c.space})`;
      return `${c.name}:${c.type}`;
    })
    .join(',');
}

/**
 * One CSV line. null is an empty, unquoted field: the importer writes no property, as Cypher's
 * SET of null does. Every other value is quoted (quotes doubled), so an empty string stays one.
 */
export function csvLine(values: readonly unknown[]): string {
  return values
    .map((v) => {
      // An empty list is no field too: the CSV cannot say "empty list" (see ImportFixUps).
      if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return '';
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      const text = Array.isArray(v) ? v.join(ARRAY_DELIMITER) : String(v);
      return `"${text.replaceAll('"', '""')}"`;
    })
    .join(',');
}
