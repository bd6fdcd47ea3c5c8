/**
 * The graph's closed vocabularies, each written once. The GraphQL enums (src/common/enums.ts), the
 * seed schemas (src/seed/seed.schema.ts) and the importer's types all derive from these arrays, so
 * a value added here reaches the API, the seed validator and the importer together.
 *
 * Arrays keep their order: it is the order the API lists enum values in, and for education levels
 * it is the rank (index 0 = lowest).
 */

/** One closed set of values, with the names and descriptions the API publishes for it. */
export interface Vocabulary<V extends string> {
  /** The GraphQL enum name. */
  readonly name: string;
  readonly description: string;
  readonly values: readonly [V, ...V[]];
  readonly descriptions: Readonly<Record<V, string>>;
}

function vocabulary<const V extends string>(
  name: string,
  description: string,
  descriptions: Readonly<Record<V, string>>,
): Vocabulary<V> {
  const [first, ...rest] = Object.keys(descriptions) as V[];
  if (first === undefined) throw new Error(`vocabulary ${name} has no values`);
  return { name, description, values: [first, ...rest], descriptions };
}

export const LICENSURE = vocabulary(
  'LicensureRequirement',
  'Whether working in a career needs a state license.',
  {
    REQUIRED: 'All or nearly all states require a license.',
    VARIES_BY_STATE: 'Some states require a license; others do not.',
    NOT_REQUIRED: 'No state license is needed to work.',
    UNKNOWN: 'The sources do not say.',
  },
);
export type Licensure = (typeof LICENSURE.values)[number];

export const EDUCATION_LEVEL = vocabulary(
  'EducationLevelCode',
  "BLS's education levels, from lowest to highest.",
  {
    NO_FORMAL_CREDENTIAL: 'No formal educational credential.',
    HIGH_SCHOOL_DIPLOMA: 'High school diploma or equivalent.',
    POSTSECONDARY_NONDEGREE_AWARD: 'Postsecondary nondegree award, such as a certificate.',
    SOME_COLLEGE: 'Some college, no degree.',
    ASSOCIATES_DEGREE: "Associate's degree.",
    BACHELORS_DEGREE: "Bachelor's degree.",
    MASTERS_DEGREE: "Master's degree.",
    DOCTORAL_OR_PROFESSIONAL_DEGREE: 'Doctoral or professional degree.',
  },
);
export type EducationCode = (typeof EDUCATION_LEVEL.values)[number];

/**
 * A level's rank: its place in the vocabulary, lowest first. The seed validator holds every
 * EducationLevel node's `rank` to it, and the API's education filters compare ranks from it.
 */
export const educationRank = (code: EducationCode): number => EDUCATION_LEVEL.values.indexOf(code);

/** BLS's own names for the education levels, as the OOH quick facts print them. */
export const EDUCATION_LEVEL_NAMES: Readonly<Record<EducationCode, string>> = {
  NO_FORMAL_CREDENTIAL: 'No formal educational credential',
  HIGH_SCHOOL_DIPLOMA: 'High school diploma or equivalent',
  POSTSECONDARY_NONDEGREE_AWARD: 'Postsecondary nondegree award',
  SOME_COLLEGE: 'Some college, no degree',
  ASSOCIATES_DEGREE: "Associate's degree",
  BACHELORS_DEGREE: "Bachelor's degree",
  MASTERS_DEGREE: "Master's degree",
  DOCTORAL_OR_PROFESSIONAL_DEGREE: 'Doctoral or professional degree',
};

export const CREDENTIAL_KIND = vocabulary('CredentialKind', 'What kind of credential this is.', {
  LICENSE: 'A state license to practise.',
  CERTIFICATION: 'A certification from a professional body.',
  LICENSING_EXAM: 'An exam that is part of getting a license.',
  REGISTRATION: 'Registration with a registry or board.',
});
export type CredentialKindValue = (typeof CREDENTIAL_KIND.values)[number];

export const CREDENTIAL_ROLE = vocabulary(
  'CredentialRole',
  'How much a career asks for a credential.',
  {
    REQUIRED: 'Needed to work in the career.',
    REQUIRED_IN_SOME_STATES: 'Needed in some states.',
    PREFERRED: 'Not needed, but employers prefer it.',
    OPTIONAL: 'Available; neither needed nor reported as preferred.',
  },
);
export type CredentialRoleValue = (typeof CREDENTIAL_ROLE.values)[number];

export const TRAIT_KIND = vocabulary('TraitKind', 'What a trait describes.', {
  QUALITY: 'An important quality of the worker (e.g. detail oriented).',
  WORK_CONDITION: 'A condition of the work (e.g. mostly seated).',
  SCHEDULE: 'Working hours (e.g. evening or weekend hours).',
});
export type TraitKindValue = (typeof TRAIT_KIND.values)[number];

export const SOURCE_KIND = vocabulary('SourceKind', 'What kind of document a source is.', {
  OOH_PAGE: 'A page of the BLS Occupational Outlook Handbook.',
  CAREER_REVIEW: 'A career review read by a person.',
  CERTIFICATION_LIST: 'A list of certifications for an occupation.',
  WEB_PAGE: 'Any other web page.',
});
export type SourceKindValue = (typeof SOURCE_KIND.values)[number];

/**
 * Whose jobs a setting share counts. Split OOH pages sometimes give one largest-employers table
 * for the whole page (the three advanced practice nurses); those shares describe the family, not
 * the occupation, and say so.
 */
export const SETTING_SHARE_SCOPE = vocabulary(
  'SettingShareScope',
  "Whose jobs a setting's share counts.",
  {
    OCCUPATION: "The share of this occupation's jobs.",
    FAMILY:
      "The share of the jobs of the OOH page's whole group of occupations: the page gives no table for this occupation alone.",
  },
);
export type SettingShareScopeValue = (typeof SETTING_SHARE_SCOPE.values)[number];

export const PEER_GROUP = vocabulary('PeerGroup', 'Which careers to rank a career against.', {
  SAME_ENTRY_EDUCATION: 'Careers with the same typical entry-level education.',
  BELOW_BACHELORS: "Careers entered with less than a bachelor's degree.",
  ALL: 'All careers in the graph.',
});
export type PeerGroupValue = (typeof PEER_GROUP.values)[number];

/**
 * The facts of a career its OOH page states in a phrase the importer keeps (Career.evidence): the
 * short verbatim text a reader can find on the page, cited with the page's URL.
 */
export const EVIDENCED_FACT = vocabulary(
  'EvidencedFact',
  'A fact of a career that its OOH page states in a phrase.',
  {
    MEDIAN_PAY: 'Median annual pay, May 2024.',
    JOBS_2024: 'Number of jobs in 2024.',
    PROJECTED_GROWTH: 'Projected employment growth, 2024–34.',
    ANNUAL_OPENINGS: 'Projected openings each year, 2024–34.',
    ENTRY_EDUCATION: 'Typical entry-level education.',
    LICENSURE: 'Whether a state license is needed.',
  },
);
export type EvidencedFactValue = (typeof EVIDENCED_FACT.values)[number];

/**
 * The Career node property that holds each fact's phrase, beside the figure it states (the seed
 * loader writes it, the API reads it back): one property per fact keeps the phrase readable in
 * Cypher as `c.medianPayPhrase`, and a reload's `SET n = props` replaces it with the figure.
 */
export const EVIDENCE_PROPERTY = {
  MEDIAN_PAY: 'medianPayPhrase',
  JOBS_2024: 'jobs2024Phrase',
  PROJECTED_GROWTH: 'projectedGrowthPhrase',
  ANNUAL_OPENINGS: 'annualOpeningsPhrase',
  ENTRY_EDUCATION: 'entryEducationPhrase',
  LICENSURE: 'licensurePhrase',
} as const satisfies Record<EvidencedFactValue, string>;
