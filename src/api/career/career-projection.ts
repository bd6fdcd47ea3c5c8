import type { CareerRecord } from '../graph-model/career.type';
import type { Selection } from '../shared/selection';
import {
  CAREER_LISTS,
  CREDENTIAL_PROPERTIES,
  SETTING_PROPERTIES,
  careerLists,
  type CareerListField,
  type ListProjections,
} from './career-lists';
import { EVIDENCE_PROPERTIES } from './evidence';
import { properties } from './projected-values';

/**
 * What one look-ahead statement fetches for a Career selection: only the properties and nested
 * lists the request selected. It is a parameter ($levels) of careers-with-relations.cypher, never
 * part of its text, so every selection shares one plan; property names come from whitelists
 * (below, and career-lists.ts), never from the request. A profile of the page of 50 showed why:
 * fetching whole nodes and every list field sent ~300 KB over Bolt for a ~44 KB answer, and
 * decoding it was most of the request.
 */
export interface CareerProjection extends ListProjections {
  /** Career node properties; always starts with `slug` (field resolvers key their loaders on it). */
  career: string[];
  /** The similar occupations' own projection, or null when they are not selected. */
  similar: CareerProjection | null;
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
  ...EVIDENCE_PROPERTIES,
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
  evidence: ['oohUrl', ...EVIDENCE_PROPERTIES],
};

const EDUCATION_LEVEL = ['code', 'name', 'rank'];

/** Setting properties a selection of Setting fields reads, `id` first. */
export const settingProperties = (selection: Selection): string[] =>
  properties(selection, SETTING_PROPERTIES);

/** Education level properties a selection of EducationLevel fields reads, `code` first. */
export const educationLevelProperties = (selection: Selection): string[] =>
  properties(selection, EDUCATION_LEVEL);

/** Credential properties a selection of Credential fields reads, `id` first. */
export const credentialProperties = (selection: Selection): string[] =>
  properties(selection, CREDENTIAL_PROPERTIES);

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

/** No list: what a projection's lists are before any is selected. */
const NO_LISTS = Object.fromEntries(careerLists().map((l) => [l.field, null])) as ListProjections;

/** The projection of a Career selection set (the fields below one Career). */
export function careerProjection(selection: Selection): CareerProjection {
  const lists = { ...NO_LISTS };
  for (const list of careerLists()) {
    const below = selection.get(list.field);
    if (below) Object.assign(lists, { [list.field]: list.project(below) });
  }
  const similar = selection.get('similarOccupations');
  return {
    career: careerProperties(selection),
    ...lists,
    similar: similar ? careerProjection(similar) : null,
  };
}

/** Whether the projection reads any of the career's own lists (similar occupations aside). */
export const selectsOwnList = (p: ListProjections): boolean =>
  careerLists().some((l) => p[l.field] !== null);

export const selectsAnyList = (p: CareerProjection): boolean =>
  selectsOwnList(p) || p.similar !== null;

/** The career's slug and one list, whole: what that list's own loader reads. */
export const onlyList = (field: CareerListField): CareerProjection => ({
  career: ['slug'],
  ...NO_LISTS,
  [field]: CAREER_LISTS[field].full,
  similar: null,
});

/**
 * The career's slug and its similar occupations, whole: what their own loader reads. Whole, so
 * the loader may prime `careerBySlug` with them; a projection of fewer properties must not be.
 */
export const ONLY_SIMILAR: CareerProjection = {
  career: ['slug'],
  ...NO_LISTS,
  similar: { career: [...CAREER_PROPERTIES], ...NO_LISTS, similar: null },
};

/** Everything, one level down (the look-ahead test reads every career this way). */
export const FULL_PROJECTION: CareerProjection = {
  career: [...CAREER_PROPERTIES],
  ...(Object.fromEntries(careerLists().map((l) => [l.field, l.full])) as ListProjections),
  similar: ONLY_SIMILAR.similar,
};
