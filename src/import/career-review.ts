import type { EducationCode, TraitKindValue } from '../shared/vocabulary';

/**
 * Facts from the career review of medical records and health information technicians
 * (career-review-health-information-technicians.txt). The review is prose, so these were read by a
 * person and typed here; every one is cited to the review, never to the OOH. `evidence` holds words
 * the review text must contain — the importer checks them, so a different review file fails loudly.
 *
 * The review adds to the OOH career "medical-records-specialists" (the OOH's current title for the
 * same occupation).
 */

export const REVIEW_CAREER_SLUG = 'medical-records-specialists';

/** The review has no URL of its own; this stable identifier stands for it. */
export const REVIEW_SOURCE = {
  url: 'https://careers-review.invalid/medical-careers/health-information-technicians',
  title: 'Medical Careers Review: Health Information Technicians',
  publisher: 'Medical Careers Review',
  edition: null,
  lastModified: null,
  kind: 'CAREER_REVIEW',
} as const;

/** Work settings the review names beyond the OOH's largest employers (it gives no shares). */
export const REVIEW_SETTINGS: readonly {
  settingId: string;
  oohCategory: string;
  evidence: string;
}[] = [
  {
    settingId: 'nursing-and-residential-care-facilities',
    oohCategory: 'Nursing care facilities (career review)',
    evidence: 'nursing care facilities',
  },
  {
    settingId: 'government',
    oohCategory: 'Government departments that handle medical records (career review)',
    evidence: 'government departments that handle medical records',
  },
];

export const REVIEW_TRAITS: readonly {
  id: string;
  name: string;
  kind: TraitKindValue;
  evidence: string;
}[] = [
  {
    id: 'full-time',
    name: 'Full-time',
    kind: 'SCHEDULE',
    evidence: 'typically full-time positions',
  },
  {
    id: 'part-time-options',
    name: 'Part-time options',
    kind: 'SCHEDULE',
    evidence: 'with the option for part-time',
  },
  {
    id: 'evening-or-weekend-hours-in-some-facilities',
    name: 'Evening or weekend hours in some facilities',
    kind: 'SCHEDULE',
    evidence: 'during weekends or at night',
  },
  {
    id: 'mostly-seated-computer-work',
    name: 'Mostly seated computer work',
    kind: 'WORK_CONDITION',
    evidence: 'spend a lot of time sitting down',
  },
  {
    id: 'little-direct-patient-contact',
    name: 'Little direct patient contact',
    kind: 'WORK_CONDITION',
    evidence: "don't interact with patients as extensively",
  },
  { id: 'good-eyesight', name: 'Good eyesight', kind: 'QUALITY', evidence: 'good eyesight' },
  { id: 'computer-skills', name: 'Computer skills', kind: 'QUALITY', evidence: 'computer skills' },
];

/** The education ladder: start with a certificate, and the review names each further degree. */
export const REVIEW_EDUCATION_OPTIONS: readonly {
  code: EducationCode;
  note: string;
  evidence: string;
}[] = [
  {
    code: 'POSTSECONDARY_NONDEGREE_AWARD',
    note: 'A postsecondary certificate is enough to start.',
    evidence: 'begin working with only a postsecondary certificate',
  },
  {
    code: 'ASSOCIATES_DEGREE',
    note: 'An associate degree generally pays more than a certificate.',
    evidence: 'if you get an associate degree instead of a postsecondary certificate',
  },
  {
    code: 'BACHELORS_DEGREE',
    note: "A bachelor's degree is a further step.",
    evidence: "progressing to a bachelor's or master's degree",
  },
  {
    code: 'MASTERS_DEGREE',
    note: "A master's degree is a further step.",
    evidence: "progressing to a bachelor's or master's degree",
  },
];

/** Certification: not required, but preferred by many employers and paid better. */
export const REVIEW_CERTIFICATION = {
  role: 'PREFERRED',
  note: 'Not required to work, but many employers prefer certified technicians and pay them more (career review).',
  evidence: 'many employers prefer the certification and offer better pay',
} as const;

/** The review agrees with the OOH: no licence. Checked so the two cannot silently disagree. */
export const REVIEW_LICENSURE_EVIDENCE = 'does not require licensure to work';
