import type { CredentialKindValue, EducationCode, Licensure } from '../../shared/vocabulary';

/**
 * What a step from one career to another adds: the one rule behind `careerMoves` steps,
 * `careerPath` steps and `Career.advancesTo/advancesFrom`. Pure: the callers read the facts (the
 * step's own statement and both careers' entry education, licensure and required credentials)
 * and this decides.
 *
 * The rule, aspect by aspect:
 * - Education: what the source states for the step; when it states none, the target's entry
 *   education if it ranks above the origin's (derived), else none.
 * - Credentials: those the source states for the step; when it states none, the credentials the
 *   target REQUIRES that the origin does not (derived).
 * - Licence: the step adds one when a credential it adds is a LICENSE, or when the target's
 *   licensure is REQUIRED and the origin's is not (a career fact, derived when no stated
 *   credential explains it). The licence is always judged, stated or not: `noNewLicense` must
 *   hold on every step whatever its note says.
 * `derived` is true when any of that came from the careers' facts rather than the step's
 * statement, and `derivedFrom` names each such fact with its source. A step that adds nothing is
 * not derived: there is nothing to attribute.
 */

/** A career's entry education: its level, the level's rank (0–7) and the edge's source. */
export interface EntryEducationFact {
  code: EducationCode;
  rank: number;
  source: string;
}

/** A credential a career REQUIRES, with its kind and the source of the requirement. */
export interface RequiredCredentialFact {
  id: string;
  kind: CredentialKindValue;
  source: string;
}

/** What the rule reads of each end of a step. */
export interface CareerFacts {
  slug: string;
  /** The career's OOH page: where its licensure is read (the node keeps no other source for it). */
  oohUrl: string;
  licensure: Licensure | null;
  entryEducation: EntryEducationFact | null;
  required: RequiredCredentialFact[];
}

/** What the source states a step needs; `null` for a step no source describes (similar occupations). */
export interface StatedNeeds {
  educationCode: EducationCode | null;
  /** The stated credentials with their kinds (an id the graph does not know has kind null). */
  credentials: Array<{ id: string; kind: CredentialKindValue | null }>;
}

/** A fact a derived part of a step rests on, e.g. `entryEducation of x` = `BACHELORS_DEGREE`. */
export interface DerivedFactRecord {
  fact: string;
  value: string;
  source: string;
}

/** What a step (or a whole move) adds; education and credentials by code and id. */
export interface StepAddsRecord {
  educationCode: EducationCode | null;
  credentialIds: string[];
  license: boolean;
  derived: boolean;
  derivedFrom: DerivedFactRecord[];
}

const entryFact = (c: CareerFacts, e: EntryEducationFact): DerivedFactRecord => ({
  fact: `entryEducation of ${c.slug}`,
  value: e.code,
  source: e.source,
});

const licensureFact = (c: CareerFacts): DerivedFactRecord => ({
  fact: `licensure of ${c.slug}`,
  value: c.licensure ?? 'UNKNOWN',
  source: c.oohUrl,
});

/** The target's entry education when it is above the origin's, with the two facts compared. */
function derivedEducation(
  from: CareerFacts,
  to: CareerFacts,
): { code: EducationCode; facts: DerivedFactRecord[] } | null {
  const target = to.entryEducation;
  if (!target) return null;
  const origin = from.entryEducation;
  // An origin of unknown education cannot be said to have the target's level already.
  if (origin && origin.rank >= target.rank) return null;
  return {
    code: target.code,
    facts: origin ? [entryFact(to, target), entryFact(from, origin)] : [entryFact(to, target)],
  };
}

/** What one step adds, by the rule above. `stated` is null for a step no source describes. */
export function stepAdds(
  stated: StatedNeeds | null,
  from: CareerFacts,
  to: CareerFacts,
): StepAddsRecord {
  const derivedFrom: DerivedFactRecord[] = [];

  let educationCode = stated?.educationCode ?? null;
  if (educationCode === null) {
    const derived = derivedEducation(from, to);
    if (derived) {
      educationCode = derived.code;
      derivedFrom.push(...derived.facts);
    }
  }

  let credentials: Array<{ id: string; kind: CredentialKindValue | null }>;
  if (stated && stated.credentials.length > 0) {
    credentials = stated.credentials;
  } else {
    const had = new Set(from.required.map((r) => r.id));
    const added = to.required.filter((r) => !had.has(r.id));
    credentials = added;
    for (const r of added) {
      derivedFrom.push({ fact: `requiredCredential of ${to.slug}`, value: r.id, source: r.source });
    }
  }

  const licenceCredential = credentials.some((c) => c.kind === 'LICENSE');
  const licensureRises = to.licensure === 'REQUIRED' && from.licensure !== 'REQUIRED';
  if (licensureRises && !licenceCredential)
    derivedFrom.push(licensureFact(to), licensureFact(from));

  return {
    educationCode,
    credentialIds: credentials.map((c) => c.id),
    license: licenceCredential || licensureRises,
    derived: derivedFrom.length > 0,
    derivedFrom,
  };
}

/**
 * Everything a move of several steps adds: the highest education any step needs (`rankOf` orders
 * the levels), each credential once in the order first added, a licence if any step adds one, and
 * the derived facts of every step, each once.
 */
export function unionOfAdds(
  steps: readonly StepAddsRecord[],
  rankOf: (code: EducationCode) => number,
): StepAddsRecord {
  let educationCode: EducationCode | null = null;
  const credentialIds: string[] = [];
  const derivedFrom: DerivedFactRecord[] = [];
  const seenFacts = new Set<string>();
  for (const step of steps) {
    if (
      step.educationCode !== null &&
      (educationCode === null || rankOf(step.educationCode) > rankOf(educationCode))
    ) {
      educationCode = step.educationCode;
    }
    for (const id of step.credentialIds) if (!credentialIds.includes(id)) credentialIds.push(id);
    for (const f of step.derivedFrom) {
      const key = `${f.fact}\u0000${f.value}\u0000${f.source}`;
      if (!seenFacts.has(key)) {
        seenFacts.add(key);
        derivedFrom.push(f);
      }
    }
  }
  return {
    educationCode,
    credentialIds,
    license: steps.some((s) => s.license),
    derived: steps.some((s) => s.derived),
    derivedFrom,
  };
}
