import type { CareerSeed } from '../seed/seed.schema';
import {
  EDUCATION_LEVEL_NAMES,
  EVIDENCED_FACT,
  type EvidencedFactValue,
} from '../shared/vocabulary';
import { same, type CareerPlan } from './career-plan';
import type { CuratedFacts } from './curated-facts';
import { educationCodeFor } from './education';
import type { PagePhrase } from './ooh-page';
import { forMatching, sentences } from './text';

/**
 * For each fact a career's seed takes from its OOH page, the page's own phrase that states it:
 * the sentence or table row the importer read the figure from, verbatim once whitespace is
 * collapsed. A phrase is kept only when it names the figure as the seed holds it (pay, jobs and
 * openings as "50,250", growth as its number, the education level's name, a licensing sentence),
 * so a phrase can never point at a neighbouring occupation's figure. A fact whose phrase is not
 * found is left out; the import report counts them (`evidenceMissing`).
 */

export type CareerEvidence = CareerSeed['evidence'];
/** The career's seed before its evidence is added: the figures the phrases must state. */
type FactsOf = Omit<CareerSeed, 'evidence'>;

/** A number as the OOH prints it ("50,250"), standing alone, not inside a longer number. */
export function statesNumber(phrase: string, value: number): boolean {
  const printed = Math.abs(value)
    .toLocaleString('en-US', { maximumFractionDigits: 2 })
    .replace(/[.,]/g, (c) => `\\${c}`);
  return new RegExp(`(?<![\\d.,])${printed}(?![\\d]|[.,]\\d)`).test(phrase);
}

/** The first phrase about this career (by its subject) that states the figure. */
function about(
  career: CareerPlan,
  phrases: readonly PagePhrase[],
  states: (phrase: string) => boolean,
  subject: string = career.name,
): string | null {
  // A whole-page career is the page's only occupation: any of its phrases is about it.
  const single = career.siblings.length === 0;
  const found = phrases.find(
    (p) => (single || (p.subject !== null && same(p.subject, subject))) && states(p.phrase),
  );
  return found?.phrase ?? null;
}

function medianPay(career: CareerPlan, seed: FactsOf): string | null {
  const value = seed.pay?.medianAnnual;
  if (value == null) return null;
  const states = (p: string): boolean => statesNumber(p, value);
  const { phrases } = career.page;
  return (
    about(career, phrases.medianWages, states) ?? about(career, phrases.occupationWages, states)
  );
}

function jobs(career: CareerPlan, seed: FactsOf): string | null {
  const value = seed.outlook?.jobs2024;
  if (value == null) return null;
  const states = (p: string): boolean => statesNumber(p, value);
  const { phrases } = career.page;
  if (career.siblings.length === 0 && phrases.quickFacts.jobs && states(phrases.quickFacts.jobs)) {
    return phrases.quickFacts.jobs;
  }
  return about(career, phrases.projections, states, career.row.title);
}

function growth(career: CareerPlan, seed: FactsOf): string | null {
  const value = seed.outlook?.growthPct;
  if (value == null) return null;
  const { phrases } = career.page;
  if (career.siblings.length > 0) {
    return about(career, phrases.projections, (p) => statesNumber(p, value), career.row.title);
  }
  // "projected to grow 7 percent"; "decline 5 percent" for a negative figure.
  const sentence = phrases.growth.find(
    (p) =>
      new RegExp(`\\b${Math.abs(value)} percent\\b`).test(p.phrase) &&
      value < 0 === /\bdecline\b/i.test(p.phrase),
  );
  const row = phrases.quickFacts.outlook;
  return sentence?.phrase ?? (row && statesNumber(row, value) ? row : null);
}

function openings(career: CareerPlan, seed: FactsOf): string | null {
  const value = seed.outlook?.annualOpenings;
  if (value == null) return null;
  return about(career, career.page.phrases.openings, (p) => statesNumber(p, value));
}

/**
 * The quick facts row when the level is read from it; for a sub-occupation whose level the page
 * states only in prose, the How to Become One sentence holding the curated facts' proof.
 */
function entryEducation(career: CareerPlan, seed: FactsOf, facts: CuratedFacts): string | null {
  const { page } = career;
  const row = page.phrases.quickFacts.education;
  const name = forMatching(EDUCATION_LEVEL_NAMES[seed.entryEducation.code]);
  if (educationCodeFor(page.quickFacts.entryEducation) !== null) {
    return row && forMatching(row).includes(name) ? row : null;
  }
  const proof = facts.subOccupationEducation[career.slug]?.evidence;
  if (!proof) return null;
  const wanted = forMatching(proof);
  const sentence = [...page.howToBecome.values()]
    .flat()
    .flatMap((paragraph) => sentences(paragraph))
    .find((s) => forMatching(s).includes(wanted));
  return sentence ?? null;
}

export interface EvidenceInputs {
  career: CareerPlan;
  seed: FactsOf;
  facts: CuratedFacts;
  /** The sentence that decided the career's licensure class; null when its page is silent. */
  licensureSentence: string | null;
}

/** The career's phrases, one per fact found, in the vocabulary's order. */
export function careerEvidence({
  career,
  seed,
  facts,
  licensureSentence,
}: EvidenceInputs): CareerEvidence {
  const phrases: Record<EvidencedFactValue, string | null> = {
    MEDIAN_PAY: medianPay(career, seed),
    JOBS_2024: jobs(career, seed),
    PROJECTED_GROWTH: growth(career, seed),
    ANNUAL_OPENINGS: openings(career, seed),
    ENTRY_EDUCATION: entryEducation(career, seed, facts),
    // Only a licensure read from this page has a sentence there.
    LICENSURE: seed.licensure.source === career.page.url ? licensureSentence : null,
  };
  return EVIDENCED_FACT.values.flatMap((fact) => {
    const phrase = phrases[fact];
    return phrase ? [{ fact, phrase, source: career.page.url }] : [];
  });
}
