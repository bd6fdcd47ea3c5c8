import type { EducationLevelSeed } from '../seed/seed.schema';
import {
  EDUCATION_LEVEL,
  EDUCATION_LEVEL_NAMES as NAMES,
  type EducationCode,
} from '../shared/vocabulary';

/** Rank = index in the vocabulary's order, lowest first. */
const EDUCATION_CODES = EDUCATION_LEVEL.values;
import { plainPunctuation } from './text';

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
