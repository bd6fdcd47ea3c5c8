import type { EvidencedFact } from '../../common/enums';
import { EVIDENCED_FACT, EVIDENCE_PROPERTY } from '../../shared/vocabulary';
import type { CareerRecord } from '../graph-model/career.type';
import type { FactEvidence } from './evidence.type';

/**
 * Career.evidence from the Career node's phrase properties (one per fact, written by the seed
 * loader beside the figure). They quote the career's own OOH page, which the seed schema holds
 * every phrase to, so each is cited with `oohUrl`. A fact with no phrase is left out.
 */

/** The Career properties that hold the phrases, in the vocabulary's order. */
export const EVIDENCE_PROPERTIES = EVIDENCED_FACT.values.map(
  (fact) => EVIDENCE_PROPERTY[fact],
) satisfies ReadonlyArray<keyof CareerRecord>;

export function careerEvidence(career: CareerRecord): FactEvidence[] {
  return EVIDENCED_FACT.values.flatMap((fact: EvidencedFact) => {
    const phrase = career[EVIDENCE_PROPERTY[fact]];
    return phrase ? [{ fact, phrase, source: career.oohUrl }] : [];
  });
}
