import type { CareerRecord } from '../graph-model/career.type';
import { below, type Selection } from '../shared/selection';

/**
 * What one look-ahead statement fetches for a Career selection: only the properties and nested
 * lists the request selected. It is a parameter ($p) of careers-with-relations.cypher, never part
 * of its text, so every selection shares one plan; property names come from the whitelists below,
 * never from the request. A profile of the page of 50 showed why: fetching whole nodes and every
 * list field sent ~300 KB over Bolt for a ~44 KB answer, and decoding it was most of the request.
 */
export interface CareerProjection {
  /** Career node properties; always starts with `slug` (field resolvers key their loaders on it). */
  career: string[];
  settings: SettingsProjection | null;
  credentials: CredentialsProjection | null;
  /** Trait properties, or null when traits are not selected. */
  traits: string[] | null;
  sources: string[] | null;
  /** The similar occupations' own projection, or null when they are not selected. */
  similar: CareerProjection | null;
}

export interface SettingsProjection {
  setting: string[];
  scope: boolean;
  oohCategories: boolean;
  categories: boolean;
  sources: boolean;
  /** The deprecated single-category fields, oohCategory and source. */
  largestCategory: boolean;
}

export interface CredentialsProjection {
  credential: string[];
  role: boolean;
  note: boolean;
  source: boolean;
  /** Issuer properties, or null when the issuer is not selected. */
  issuer: string[] | null;
}

/** Every stored Career property; the compiler checks the list against CareerRecord. */
export const CAREER_PROPERTIES = [
  'slug',
  'title',
  'socCodes',
  'summary',
  'oohUrl',
  'medianPayAnnual',
  'medianPayHourly',
  'medianPayIsLowerBound',
  'payPct10Annual',
  'payPct90Annual',
  'payPct90IsLowerBound',
  'noPayReason',
  'workExperience',
  'onTheJobTraining',
  'jobs2024',
  'projectedEmployment2034',
  'projectedGrowthPct',
  'growthDescription',
  'employmentChange',
  'annualOpenings',
  'licensure',
  'licensureScope',
  'noSettingsReason',
] as const satisfies ReadonlyArray<keyof CareerRecord>;

// A property added to CareerRecord and not to the list above fails compilation here.
type Unlisted = Exclude<keyof CareerRecord, (typeof CAREER_PROPERTIES)[number]>;
const everyPropertyListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyPropertyListed;

/** Career fields computed from stored properties of another name. */
const DERIVED: Readonly<Record<string, readonly string[]>> = {
  medianPay: ['medianPayAnnual', 'medianPayHourly', 'medianPayIsLowerBound'],
  payPercentiles: ['payPct10Annual', 'payPct90Annual', 'payPct90IsLowerBound'],
  growthVsNationalAverage: ['projectedGrowthPct'],
};

const SETTING = ['id', 'name', 'description'];
const EDUCATION_LEVEL = ['code', 'name', 'rank'];
const CREDENTIAL = ['id', 'name', 'acronym', 'kind', 'note', 'source'];
const ORGANIZATION = ['id', 'name', 'acronym'];
const TRAIT = ['id', 'name', 'kind'];
const SOURCE = ['url', 'title', 'publisher', 'edition', 'lastModified', 'kind'];

/** The whitelisted properties a selection names, its identity property first. */
function properties(selection: Selection, whitelist: readonly string[]): string[] {
  const [identity, ...rest] = whitelist;
  return [identity!, ...rest.filter((p) => selection.has(p))];
}

/** Setting properties a selection of Setting fields reads, `id` first. */
export const settingProperties = (selection: Selection): string[] => properties(selection, SETTING);

/** Education level properties a selection of EducationLevel fields reads, `code` first. */
export const educationLevelProperties = (selection: Selection): string[] =>
  properties(selection, EDUCATION_LEVEL);

/** Credential properties a selection of Credential fields reads, `id` first. */
export const credentialProperties = (selection: Selection): string[] =>
  properties(selection, CREDENTIAL);

/** Career properties a selection of Career fields reads (its own or through derived fields). */
export function careerProperties(selection: Selection): string[] {
  const wanted = new Set<string>(['slug']);
  for (const field of selection.keys()) {
    for (const p of DERIVED[field] ?? [field]) {
      if ((CAREER_PROPERTIES as readonly string[]).includes(p)) wanted.add(p);
    }
  }
  return CAREER_PROPERTIES.filter((p) => wanted.has(p));
}

/** The projection of a Career selection set (the fields below one Career). */
export function careerProjection(selection: Selection): CareerProjection {
  const settings = selection.get('settings');
  const credentials = selection.get('credentials');
  const traits = selection.get('traits');
  const sources = selection.get('sources');
  const similar = selection.get('similarOccupations');
  const issuer = credentials && below(credentials, 'credential', 'issuer');
  return {
    career: careerProperties(selection),
    settings: settings
      ? {
          setting: properties(below(settings, 'setting'), SETTING),
          scope: settings.has('scope'),
          oohCategories: settings.has('oohCategories'),
          categories: settings.has('categories'),
          sources: settings.has('sources'),
          largestCategory: settings.has('oohCategory') || settings.has('source'),
        }
      : null,
    credentials: credentials
      ? {
          credential: properties(below(credentials, 'credential'), CREDENTIAL),
          role: credentials.has('role'),
          note: credentials.has('note'),
          source: credentials.has('source'),
          issuer: issuer && issuer.size > 0 ? properties(issuer, ORGANIZATION) : null,
        }
      : null,
    traits: traits ? properties(traits, TRAIT) : null,
    sources: sources ? properties(sources, SOURCE) : null,
    similar: similar ? careerProjection(similar) : null,
  };
}

/** Whether the projection reads any of the career's own lists (similar occupations aside). */
export const selectsOwnList = (p: Omit<CareerProjection, 'similar'>): boolean =>
  p.settings !== null || p.credentials !== null || p.traits !== null || p.sources !== null;

export const selectsAnyList = (p: CareerProjection): boolean =>
  selectsOwnList(p) || p.similar !== null;

/** Everything: what the per-list loaders answer on their own (the look-ahead test compares). */
export const FULL_PROJECTION: CareerProjection = {
  career: [...CAREER_PROPERTIES],
  settings: {
    setting: SETTING,
    scope: true,
    oohCategories: true,
    categories: true,
    sources: true,
    largestCategory: true,
  },
  credentials: {
    credential: CREDENTIAL,
    role: true,
    note: true,
    source: true,
    issuer: ORGANIZATION,
  },
  traits: TRAIT,
  sources: SOURCE,
  similar: {
    career: [...CAREER_PROPERTIES],
    settings: null,
    credentials: null,
    traits: null,
    sources: null,
    similar: null,
  },
};

/**
 * An object of the projected properties from the statement's list of their values, in the same
 * order. Null values are left out, as Neo4j leaves out absent properties: the objects equal what
 * `properties(node)` gives for the same fields.
 */
export function fromValues<T>(names: readonly string[], values: readonly unknown[]): T {
  const out: Record<string, unknown> = {};
  names.forEach((name, i) => {
    const v = values[i];
    if (v !== null && v !== undefined) out[name] = v;
  });
  return out as T;
}
