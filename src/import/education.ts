import { EDUCATION_CODES, type EducationCode, type EducationLevelSeed } from '../seed/seed.schema';
import { plainPunctuation } from './text';

/** BLS's education categories, in rank order (rank = index in EDUCATION_CODES). */
const NAMES: Readonly<Record<EducationCode, string>> = {
  NO_FORMAL_CREDENTIAL: 'No formal educational credential',
  HIGH_SCHOOL_DIPLOMA: 'High school diploma or equivalent',
  POSTSECONDARY_NONDEGREE_AWARD: 'Postsecondary nondegree award',
  SOME_COLLEGE: 'Some college, no degree',
  ASSOCIATES_DEGREE: "Associate's degree",
  BACHELORS_DEGREE: "Bachelor's degree",
  MASTERS_DEGREE: "Master's degree",
  DOCTORAL_OR_PROFESSIONAL_DEGREE: 'Doctoral or professional degree',
};

export const EDUCATION_LEVELS: readonly EducationLevelSeed[] = EDUCATION_CODES.map(
  (code, rank) => ({
    code,
    name: NAMES[code],
    rank,
  }),
);

export function educationRank(code: EducationCode): number {
  return EDUCATION_CODES.indexOf(code);
}

/** The OOH's words for an education level → its code; null for "See How to Become One" etc. */
export function educationCodeFor(oohWords: string): EducationCode | null {
  const wanted = plainPunctuation(oohWords).trim().toLowerCase();
  const found = EDUCATION_CODES.find((code) => NAMES[code].toLowerCase() === wanted);
  return found ?? null;
}
