import type { CareerSeed } from '../seed/seed.schema';
import {
  REVIEW_EDUCATION_OPTIONS,
  REVIEW_LICENSURE_EVIDENCE,
  REVIEW_SETTINGS,
  REVIEW_SOURCE,
  REVIEW_TRAITS,
} from './career-review';
import { educationRank } from './education';
import type { TraitCatalogue } from './traits';

/**
 * The career review's facts on medical records specialists, each checked against the review's
 * words and cited to the review.
 */
export function withReviewFacts(
  career: CareerSeed,
  reviewText: string,
  traits: TraitCatalogue,
  problems: string[],
): CareerSeed {
  const url = REVIEW_SOURCE.url;
  const proofs = [...REVIEW_SETTINGS, ...REVIEW_TRAITS, ...REVIEW_EDUCATION_OPTIONS];
  for (const { evidence } of proofs) {
    if (!reviewText.includes(evidence))
      problems.push(`career review: no longer says "${evidence}"`);
  }
  REVIEW_TRAITS.forEach((t) =>
    traits.add({ id: t.id, name: t.name, kind: t.kind }, 'career review'),
  );
  return {
    ...career,
    settings: [
      ...career.settings,
      ...REVIEW_SETTINGS.map((s) => ({
        settingId: s.settingId,
        oohCategory: s.oohCategory,
        sharePct: null,
        scope: 'OCCUPATION' as const,
        source: url,
      })),
    ],
    traits: [
      ...career.traits,
      ...REVIEW_TRAITS.filter((t) => !career.traits.some((e) => e.traitId === t.id)).map((t) => ({
        traitId: t.id,
        source: url,
      })),
    ],
    educationOptions: [
      ...career.educationOptions,
      ...REVIEW_EDUCATION_OPTIONS.map((e) => ({ code: e.code, note: e.note, source: url })),
    ].sort((a, b) => educationRank(a.code) - educationRank(b.code)),
  };
}

/** The OOH page and the review must agree that the career needs no licence. */
export function checkReviewLicensure(
  status: string | undefined,
  reviewText: string,
  problems: string[],
): void {
  if (status !== 'NOT_REQUIRED') {
    problems.push(
      'medical-records-specialists: the OOH page and the career review disagree on licensure',
    );
  }
  if (!reviewText.includes(REVIEW_LICENSURE_EVIDENCE)) {
    problems.push(`career review: no longer says "${REVIEW_LICENSURE_EVIDENCE}"`);
  }
}
