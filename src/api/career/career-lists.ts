import type { CredentialRole, SettingShareScope } from '../../common/enums';
import type { CareerRecord } from '../graph-model/career.type';
import type { CareerCredential, Organization } from '../graph-model/credential.type';
import type { CareerSetting, Setting } from '../graph-model/setting.type';
import type { Source } from '../graph-model/source.type';
import type { Trait } from '../graph-model/trait.type';
import { ISSUER } from '../credential/credential.loaders';
import { attachPrefetched, prefetchKey, type PrefetchKey } from '../shared/prefetched';
import { below, type Selection } from '../shared/selection';
import { fromValues, properties } from './projected-values';
import { groupSettingShares, toCareerSetting, type SettingShareFields } from './setting-shares';

/**
 * Career's lists, each described once: how the graph holds it, how it is ordered, what a
 * selection of it reads, and how its rows become the API's objects. Everything that reads a
 * list is derived from here:
 * - the look-ahead statement's columns (career-bundle.ts puts `column` into
 *   careers-with-relations.cypher at start-up);
 * - the list's own loader, which is that statement asked for this list alone;
 * - the projection of a selection (career-projection.ts);
 * - the cost limit's fan-out (the field resolver's `fanOut` extension);
 * - the warm-up's selection (warm-up/career-operations.ts).
 * So adding a list is its item type, one entry here, and its field resolver.
 *
 * In a `column`, `n` is the career and `p` the level's projection (see careers-with-relations);
 * the projection holds property names from the whitelists below, never from a request.
 */
export interface CareerList<F extends string, P, R, T> {
  /** The Career field, and the list's key in a level's projection and in the row's `lists`. */
  readonly field: F;
  /** What the look-ahead attaches to a career for this field (shared/prefetched.ts). */
  readonly key: PrefetchKey<T[]>;
  /** About the most items a career has: what the cost limit multiplies the selection by. */
  readonly fanOut: number;
  /** What its own loader reads: everything. */
  readonly full: P;
  /** What a selection of the field (the fields below it) reads. */
  project(selection: Selection): P;
  /** A Cypher expression over `n` and `p.<field>` whose value is the career's rows, in order. */
  readonly column: string;
  /** The rows as the field's items, with the parts `p` names. */
  decode(p: P, rows: R[]): T[];
  /** The warm-up's selection of the field, in GraphQL. */
  readonly warmUp: string;
}

/** A list whose item is one node's properties (traits, sources). */
function nodeList<T, F extends string>(spec: {
  field: F;
  relationship: string;
  label: string;
  /** The node's readable properties, its identity first; they are the item's GraphQL fields. */
  properties: readonly string[];
  /** ORDER BY over the node `x`. */
  orderBy: string;
  fanOut: number;
}): CareerList<F, string[], unknown[], T> {
  const { field, relationship, label, orderBy } = spec;
  return {
    field,
    key: prefetchKey<T[]>(`Career.${field}`),
    fanOut: spec.fanOut,
    full: [...spec.properties],
    project: (selection) => properties(selection, spec.properties),
    column: `COLLECT {
      MATCH (n)-[:${relationship}]->(x:${label})
      WITH x ORDER BY ${orderBy}
      RETURN [k IN p.${field} | x[k]]
    }`,
    decode: (p, rows) => rows.map((values) => fromValues<T>(p, values)),
    warmUp: `${field} { ${spec.properties.join(' ')} }`,
  };
}

export const SETTING_PROPERTIES = ['id', 'name', 'description'] as const;
export const CREDENTIAL_PROPERTIES = ['id', 'name', 'acronym', 'kind', 'note', 'source'] as const;
const ORGANIZATION = ['id', 'name', 'acronym'] as const;

/** A selection of settings: the setting's properties, and which parts of each share to build. */
interface SettingsProjection extends SettingShareFields {
  setting: string[];
  scope: boolean;
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

/**
 * Settings come as their WORKS_IN edges, one per OOH category, and are grouped and ordered in
 * setting-shares.ts (largest share first): grouping in Cypher cost a fifth to a third of the
 * look-ahead statement's database time.
 */
const settings: CareerList<'settings', SettingsProjection, SettingRow, CareerSetting> = {
  field: 'settings',
  key: prefetchKey<CareerSetting[]>('Career.settings'),
  fanOut: 7,
  full: {
    setting: [...SETTING_PROPERTIES],
    scope: true,
    oohCategories: true,
    categories: true,
    sources: true,
    largestCategory: true,
  },
  project: (s) => ({
    setting: properties(below(s, 'setting'), SETTING_PROPERTIES),
    scope: s.has('scope'),
    oohCategories: s.has('oohCategories'),
    categories: s.has('categories'),
    sources: s.has('sources'),
    largestCategory: s.has('oohCategory') || s.has('source'),
  }),
  column: `COLLECT {
      MATCH (n)-[w:WORKS_IN]->(s:Setting)
      RETURN [[k IN p.settings.setting | s[k]], s.id, s.name, w.scope, w.oohCategory, w.sharePct,
              CASE WHEN p.settings.categories OR p.settings.sources OR p.settings.largestCategory
                THEN w.source END]
    }`,
  decode: (p, rows) => {
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
  },
  warmUp: `settings { sharePct scope oohCategories categories { oohCategory sharePct source }
    sources setting { ${SETTING_PROPERTIES.join(' ')} } }`,
};

interface CredentialsProjection {
  credential: string[];
  role: boolean;
  note: boolean;
  source: boolean;
  /** Issuer properties, or null when the issuer is not selected. */
  issuer: string[] | null;
}

type CredentialRow = [
  credential: unknown[],
  role: CredentialRole | null,
  note: string | null,
  source: string | null,
  issuer: unknown[][] | null,
];

/** Required ones first, then by name; each credential's issuer comes with it when selected. */
const credentials: CareerList<
  'credentials',
  CredentialsProjection,
  CredentialRow,
  CareerCredential
> = {
  field: 'credentials',
  key: prefetchKey<CareerCredential[]>('Career.credentials'),
  fanOut: 7,
  full: {
    credential: [...CREDENTIAL_PROPERTIES],
    role: true,
    note: true,
    source: true,
    issuer: [...ORGANIZATION],
  },
  project: (s) => {
    const issuer = below(s, 'credential', 'issuer');
    return {
      credential: properties(below(s, 'credential'), CREDENTIAL_PROPERTIES),
      role: s.has('role'),
      note: s.has('note'),
      source: s.has('source'),
      issuer: issuer.size > 0 ? properties(issuer, ORGANIZATION) : null,
    };
  },
  column: `COLLECT {
      MATCH (n)-[h:HAS_CREDENTIAL]->(c:Credential)
      WITH h, c
      ORDER BY CASE h.role WHEN 'REQUIRED' THEN 0 WHEN 'REQUIRED_IN_SOME_STATES' THEN 1
        WHEN 'PREFERRED' THEN 2 ELSE 3 END, c.name
      RETURN [
        [k IN p.credentials.credential | c[k]],
        CASE WHEN p.credentials.role THEN h.role END,
        CASE WHEN p.credentials.note THEN h.note END,
        CASE WHEN p.credentials.source THEN h.source END,
        CASE WHEN p.credentials.issuer IS NOT NULL
          THEN COLLECT { MATCH (c)-[:ISSUED_BY]->(o:Organization)
                         RETURN [k IN p.credentials.issuer | o[k]] } END
      ]
    }`,
  decode: (p, rows) =>
    rows.map(([values, role, note, source, issuer]) => {
      const credential = fromValues<CareerCredential['credential']>(p.credential, values);
      if (p.issuer) {
        const [first] = issuer ?? [];
        attachPrefetched(
          credential,
          ISSUER,
          first ? fromValues<Organization>(p.issuer, first) : null,
        );
      }
      return { role, note, source, credential } as CareerCredential;
    }),
  warmUp: `credentials { role note source credential { ${CREDENTIAL_PROPERTIES.join(' ')}
    issuer { ${ORGANIZATION.join(' ')} } } }`,
};

const traits = nodeList<Trait, 'traits'>({
  field: 'traits',
  relationship: 'HAS_TRAIT',
  label: 'Trait',
  properties: ['id', 'name', 'kind'],
  orderBy: 'toLower(x.name)',
  fanOut: 11,
});

const sources = nodeList<Source, 'sources'>({
  field: 'sources',
  relationship: 'SOURCED_FROM',
  label: 'Source',
  properties: ['url', 'title', 'publisher', 'edition', 'lastModified', 'kind'],
  orderBy: 'x.kind, x.url',
  fanOut: 5,
});

/** Career's lists, by field; their order is the order of the statement's columns. */
export const CAREER_LISTS = { settings, credentials, traits, sources } as const;

export type CareerListField = keyof typeof CAREER_LISTS;

/** What a projection reads of each list: its part, or null when the list is not selected. */
export type ListProjections = {
  [F in CareerListField]: (typeof CAREER_LISTS)[F]['full'] | null;
};

/**
 * Any of Career's lists whose items are T, for code that handles them alike (the projection and
 * rows vary from list to list; only the list itself reads them).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type CareerListOf<T = unknown> = CareerList<CareerListField, any, any, T>;

const ALL: readonly CareerListOf[] = Object.values(CAREER_LISTS);

/** Career's lists, in the statement's column order. */
export const careerLists = (): readonly CareerListOf[] => ALL;

/**
 * Similar occupations are careers: the same statement reads them a level down (see
 * careers-with-relations.cypher, which orders them by title). A career has at most 15 and 7.4 on
 * average; 10 per level is what the cost limit counts (nesting them multiplies it).
 */
export const SIMILAR = {
  key: prefetchKey<CareerRecord[]>('Career.similarOccupations'),
  fanOut: 10,
} as const;
