import DataLoader from 'dataloader';
import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import type { CareerRecord } from '../graph-model/career.type';
import type { CareerSetting, Setting } from '../graph-model/setting.type';
import type { CareerCredential, Organization } from '../graph-model/credential.type';
import type { CredentialRole, SettingShareScope } from '../../common/enums';
import type { Trait } from '../graph-model/trait.type';
import type { Source } from '../graph-model/source.type';
import { batchLoader } from '../shared/loaders';
import { attachPrefetched } from '../shared/prefetched';
import { groupSettingShares, toCareerSetting } from './setting-shares';
import {
  fromValues,
  selectsOwnList,
  type CareerProjection,
  type CredentialsProjection,
  type SettingsProjection,
} from './career-projection';

const BUNDLE = cypher('api/careers-with-relations');

/** A row of careers-with-relations.cypher: one career at one level, values in the level's order. */
interface BundleRow {
  depth: number;
  item: unknown[];
  settings: SettingRow[] | null;
  credentials: CredentialRow[] | null;
  traits: unknown[][] | null;
  sources: unknown[][] | null;
  similar: string[] | null;
}

/**
 * What the statement reads of the careers at one level: a projection without its nesting, and
 * whether it reads any list at all (a level that does not skips the per-career subqueries).
 */
type LevelProjection = Omit<CareerProjection, 'similar'> & { similar: boolean; lists: boolean };

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
    levels.push({ ...p, similar, lists: similar || selectsOwnList(p) });
    leaf = p;
    if (last) break;
  }
  // Similar occupations asked for nothing but their slug (`similarOccupations { slug }`, as a
  // page's links are) need no level of their own: the level above already sends their slugs.
  // At 3,000 careers a page of 50 names ~490 of them, ~4 ms of the lists statement's database
  // time per request.
  const deepest = levels[levels.length - 1]!;
  const slugOnly = leaf.similar === null && !deepest.lists && deepest.career.length === 1;
  if (levels.length > 1 && slugOnly) levels.pop();
  return levels;
}

/** A WORKS_IN edge: the setting's projected values, its id and name, then the edge's figures. */
type SettingRow = [
  setting: unknown[],
  settingId: string,
  settingName: string,
  scope: SettingShareScope,
  oohCategory: string,
  sharePct: number | null,
  source: string | null,
];

type CredentialRow = [
  credential: unknown[],
  role: CredentialRole | null,
  note: string | null,
  source: string | null,
  issuer: unknown[][] | null,
];

/** A career's settings, grouped from its edges, with the fields the projection selected. */
function toSettings(p: SettingsProjection, rows: SettingRow[]): CareerSetting[] {
  const edges = rows.map(
    ([values, settingId, settingName, scope, oohCategory, sharePct, source]) => ({
      setting: fromValues<Setting>(p.setting, values),
      settingId,
      settingName,
      scope,
      oohCategory,
      sharePct,
      source,
    }),
  );
  return groupSettingShares(edges).map((group) => toCareerSetting(group, p));
}

function toCredential(p: CredentialsProjection, row: CredentialRow): CareerCredential {
  const [values, role, note, source, issuer] = row;
  const credential = fromValues<CareerCredential['credential']>(p.credential, values);
  if (p.issuer) {
    const [first] = issuer ?? [];
    attachPrefetched(
      credential,
      'issuer',
      first ? fromValues<Organization>(p.issuer, first) : null,
    );
  }
  return { role, note, source, credential } as CareerCredential;
}

/** Attaches a list the projection selected (`part` not null), each row decoded by `decode`. */
function attachList<P, R, T>(
  career: CareerRecord,
  field: string,
  part: P | null,
  rows: R[] | null,
  decode: (part: P, row: R) => T,
): void {
  if (part === null) return;
  attachPrefetched(
    career,
    field,
    (rows ?? []).map((row) => decode(part, row)),
  );
}

/**
 * Careers by slug with the properties and nested lists `projection` names, down through their
 * similar occupations, one statement per batch (see careers-with-relations.cypher). Each career
 * comes back with its lists attached (see prefetched.ts), so the field resolvers of this selection
 * make no round trip of their own. The careers are partial, holding only the projected
 * properties: they are never primed into `careerBySlug`, which other fields of the request read
 * whole.
 */
export function careerBundleLoader(
  runner: QueryRunner,
  projection: CareerProjection,
): DataLoader<string, CareerRecord | null> {
  const levels = levelsOf(projection);
  return batchLoader<CareerRecord | null>(runner, async (keys, askedBy) => {
    const rowsAt = new Map<number, BundleRow[]>();
    const rows = (await runner.read(
      BUNDLE,
      { keys: [...keys], levels },
      { askedBy },
    )) as unknown as BundleRow[];
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
        if (p.settings)
          attachPrefetched(career, 'settings', toSettings(p.settings, r.settings ?? []));
        attachList(career, 'credentials', p.credentials, r.credentials, toCredential);
        attachList(career, 'traits', p.traits, r.traits, fromValues<Trait>);
        attachList(career, 'sources', p.sources, r.sources, fromValues<Source>);
        if (p.similar) {
          const similar = (r.similar ?? []).map((slug) => fromLevel(below, slug));
          attachPrefetched(career, 'similarOccupations', similar);
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
  if (!career) throw new Error(`${BUNDLE.name}: career ${slug} listed but not sent`);
  return career;
}
