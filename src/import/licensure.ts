import type { CareerSeed } from '../seed/seed.schema';
import type { Licensure } from '../shared/vocabulary';
import { isAbout, type CareerPlan, type ImportPlan } from './career-plan';
import { forMatching, sentences } from './text';

/**
 * Licensure class of an occupation, read from the "Licenses, Certifications, and Registrations"
 * part of How to Become One.
 *
 * The rule, sentence by sentence (only sentences that speak of a licence, licensure or state
 * regulation count; pointers such as "contact your state's licensing board" and driver's licences
 * are ignored):
 *
 * - REQUIRED when a sentence says all, every, each or nearly all states require it ("licensed in
 *   all states except Alaska" counts as nearly all), or states without any hedge that the worker
 *   must be or become licensed ("Registered nurses must have a nursing license …").
 * - VARIES_BY_STATE when a sentence limits the requirement to some, most, many, few or "a small
 *   number of" states, hedges it (usually, typically, often), says licensing requirements vary, or
 *   says states regulate the occupation in some way. "Most states" is VARIES_BY_STATE, not
 *   REQUIRED: somewhere the occupation can be practised without a licence. A sentence opened by
 *   "For example" counts at most as VARIES_BY_STATE: it illustrates a part of the occupation
 *   (managers: "For example, all states require licensure for nursing home administrators").
 * - NOT_REQUIRED when the page says no licence is needed or the work is not regulated, or says
 *   nothing about a licensing requirement at all (the OOH always describes licensure where states
 *   impose one, so silence means there is none — medical records specialists, health information
 *   technologists). A sentence in which some states require a licence or certification "or other
 *   prerequisites" still says that somewhere the occupation is regulated, so it reads as
 *   VARIES_BY_STATE like any other hedged requirement (medical assistants, phlebotomists).
 *
 * The strongest class found wins: REQUIRED > VARIES_BY_STATE > NOT_REQUIRED.
 */

/** The classes a page can give; UNKNOWN is for careers no page describes. */
export type LicensureStatus = Exclude<Licensure, 'UNKNOWN'>;

export interface LicensureReading {
  status: LicensureStatus;
  /** The sentence that decided the class (null when the page is silent). */
  evidence: string | null;
  /** REQUIRED because of "nearly all" / "all … except": the scope text says so. */
  nearlyAll: boolean;
}

const LICENCE = /licen[sc]|regulat/;
const DRIVING = /driver'?s licen[sc]es?/g;
const POINTERS =
  /^(for (specific|more) (requirements|information|state information)|information on|contact|check with|details are available|consult)\b/;
const EXAMPLE = /^for example\b/;
const NEGATIVE = [
  /\b(do|does) not (need|require)\b[^.]*\blicen/,
  /\bnot regulated\b/,
  /\bno (state )?licen[sc]e is (needed|required)/,
];
const ALL_STATES = [
  /\b(nearly all|all|every|each) states?( and the district of columbia)? requires?\b/,
  /\blicensed in (all|every) states?\b/,
  /\bin every state must\b/,
];
const NEARLY_ALL = /\bnearly all states\b|\bexcept\b/;
const HEDGED = [
  /\b(some|most|many|few|several|certain|a small number of)\b[^.]*\bstates?\b/,
  /\b(usually|typically|often|may|might|some)\b[^.]*\blicen/,
  /\brequirements vary\b|\bvary by state\b/,
  /\bregulates?\b|\bregulations\b/,
];
const MUST_BE_LICENSED =
  /\bmust (be|become|have|hold|pass)\b[^.]*\blicen|\brequired to be licensed\b/;

/** Class of one sentence, or null when it says nothing about a licensing requirement. */
export function classifySentence(sentence: string): LicensureStatus | null {
  const s = forMatching(sentence).replace(DRIVING, '');
  if (!LICENCE.test(s) || POINTERS.test(s)) return null;
  let status: LicensureStatus | null = null;
  if (NEGATIVE.some((pattern) => pattern.test(s))) status = 'NOT_REQUIRED';
  else if (ALL_STATES.some((pattern) => pattern.test(s))) status = 'REQUIRED';
  else if (HEDGED.some((pattern) => pattern.test(s))) status = 'VARIES_BY_STATE';
  else if (MUST_BE_LICENSED.test(s)) status = 'REQUIRED';
  // An example illustrates part of the occupation, so it can show variation but not a rule for
  // all of it ("For example, all states require licensure for nursing home administrators").
  if (status === 'REQUIRED' && EXAMPLE.test(s)) status = 'VARIES_BY_STATE';
  return status;
}

const RANK: Record<LicensureStatus, number> = { NOT_REQUIRED: 0, VARIES_BY_STATE: 1, REQUIRED: 2 };

/** Classifies a set of sentences (already narrowed to the occupation they are about). */
export function classifyLicensure(texts: readonly string[]): LicensureReading {
  let best: LicensureReading = { status: 'NOT_REQUIRED', evidence: null, nearlyAll: false };
  for (const sentence of texts.flatMap((t) => sentences(t))) {
    const status = classifySentence(sentence);
    if (status === null) continue;
    if (best.evidence === null || RANK[status] > RANK[best.status]) {
      best = {
        status,
        evidence: sentence,
        nearlyAll: status === 'REQUIRED' && NEARLY_ALL.test(forMatching(sentence)),
      };
    }
  }
  return best;
}

/** Short scope text in our words (the schema keeps `scope` null when no licence applies). */
export function licensureScope(reading: LicensureReading): string | null {
  switch (reading.status) {
    case 'REQUIRED': {
      // "licensed or certified" (athletic trainers, PT assistants): some states certify instead.
      const what = /licensed or certified/i.test(reading.evidence ?? '')
        ? 'A state licence or certification'
        : 'A state licence';
      return reading.nearlyAll
        ? `${what} is needed to practise in nearly every state.`
        : `${what} is needed to practise in every state; each state sets its own rules.`;
    }
    case 'VARIES_BY_STATE':
      return 'Some states require a licence, registration or certification to practise; others do not.';
    case 'NOT_REQUIRED':
      return null;
  }
}

/** The class of one career, read from its page's licensing sentences about that occupation. */
export function readCareerLicensure(career: CareerPlan): LicensureReading {
  const texts = career.page.licensingParagraphs
    .flatMap(sentences)
    .filter((s) => isAbout(career, s));
  return classifyLicensure(texts);
}

/** Each career's licensure, read from its page's licensing sentences about that occupation. */
export function readLicensure(plan: ImportPlan): Map<string, CareerSeed['licensure']> {
  const licensure = new Map<string, CareerSeed['licensure']>();
  for (const career of plan.careers) {
    const reading = readCareerLicensure(career);
    licensure.set(career.slug, {
      status: reading.status,
      scope: licensureScope(reading),
      source: career.page.url,
    });
  }
  return licensure;
}
