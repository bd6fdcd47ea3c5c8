import DataLoader from 'dataloader';
import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import type { CareerRecord } from '../graph-model/career.type';
import type { CareerSetting } from '../graph-model/setting.type';
import type { CareerCredential, Organization } from '../graph-model/credential.type';
import type { CredentialRole, SettingShareScope } from '../../common/enums';
import type { Trait } from '../graph-model/trait.type';
import type { Source } from '../graph-model/source.type';
import { attachPrefetched } from '../shared/prefetched';
import {
  fromValues,
  type CareerProjection,
  type CredentialsProjection,
  type SettingsProjection,
} from './career-projection';

const BUNDLE = cypher('api/careers-with-relations');

/** A row of careers-with-relations.cypher: lists of values in the projection's order. */
interface BundleRow {
  key: string;
  item: unknown[];
  settings: SettingRow[] | null;
  credentials: CredentialRow[] | null;
  traits: unknown[][] | null;
  sources: unknown[][] | null;
  similar: string[];
}

type SettingRow = [
  setting: unknown[],
  sharePct: number | null,
  scope: SettingShareScope,
  oohCategories: string[] | null,
  categories: Array<[oohCategory: string, sharePct: number | null, source: string]> | null,
  sources: string[] | null,
  largest: [oohCategory: string, source: string] | null,
];

type CredentialRow = [
  credential: unknown[],
  role: CredentialRole | null,
  note: string | null,
  source: string | null,
  issuer: unknown[][] | null,
];

/** A setting entry with the fields its projection selected (the others are never read). */
function toSetting(p: SettingsProjection, row: SettingRow): CareerSetting {
  const [setting, sharePct, scope, oohCategories, categories, sources, largest] = row;
  const out: Partial<CareerSetting> = { setting: fromValues(p.setting, setting), sharePct, scope };
  if (p.oohCategories) out.oohCategories = oohCategories ?? [];
  if (p.categories) {
    out.categories = (categories ?? []).map(([oohCategory, share, source]) => ({
      oohCategory,
      sharePct: share,
      source,
    }));
  }
  if (p.sources) out.sources = sources ?? [];
  if (largest) [out.oohCategory, out.source] = largest;
  return out as CareerSetting;
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
 * Careers by slug with the properties and nested lists `projection` names, one statement per
 * batch (see careers-with-relations.cypher). Each career comes back with its lists attached
 * (see prefetched.ts), so the field resolvers of this selection make no round trip of their own.
 * The careers are partial, holding only the projected properties: they are never primed into
 * `careerBySlug`, which other fields of the request read whole.
 */
export function careerBundleLoader(
  runner: QueryRunner,
  projection: CareerProjection,
): DataLoader<string, CareerRecord | null> {
  const p = projection;
  return new DataLoader<string, CareerRecord | null>(async (keys) => {
    const [answer] = await runner.read(BUNDLE, { keys: [...keys], p });
    const rows = (answer?.rows ?? []) as BundleRow[];
    const similarCareers = new Map<string, CareerRecord>();
    if (p.similar) {
      for (const values of (answer?.similarCareers ?? []) as unknown[][]) {
        const career = fromValues<CareerRecord>(p.similar, values);
        similarCareers.set(career.slug, career);
      }
    }
    const found = new Map<string, CareerRecord>();
    for (const r of rows) {
      const career = fromValues<CareerRecord>(p.career, r.item);
      found.set(r.key, career);
      attachList(career, 'settings', p.settings, r.settings, toSetting);
      attachList(career, 'credentials', p.credentials, r.credentials, toCredential);
      attachList(career, 'traits', p.traits, r.traits, fromValues<Trait>);
      attachList(career, 'sources', p.sources, r.sources, fromValues<Source>);
      if (p.similar) {
        attachPrefetched(
          career,
          'similarOccupations',
          r.similar.map((slug) => {
            const similar = similarCareers.get(slug);
            if (!similar) throw new Error(`${BUNDLE.name}: career ${slug} listed but not sent`);
            return similar;
          }),
        );
      }
    }
    return keys.map((k) => found.get(k) ?? null);
  });
}
