import type { CareerRecord } from '../graph-model/career.type';
import type { CredentialKindValue, EducationCode } from '../../shared/vocabulary';
import { educationRank } from '../../shared/vocabulary';
import { stepAdds, unionOfAdds, type CareerFacts, type StepAddsRecord } from './step-adds';
import type { CareerMoveRecord, MoveStepRecord } from './moves.type';

/**
 * Career moves, pure: career-moves.cypher reads the neighbourhood of a career (its careers with
 * their facts, and the relationships out of them); this walks it. Every path of 1..maxSteps steps
 * that visits no career twice, walks advancements forwards and similar occupations either way,
 * and every step of which keeps the constraints, is a candidate; the step rule (step-adds.ts)
 * says what each step adds. One move per destination is kept (betterFirst) and the moves are
 * ranked (rankedFirst). Walking here rather than in Cypher lets one statement answer the whole
 * neighbourhood, however many paths run through it, and keeps the rule and the constraints in one
 * place.
 */

export enum MoveKind {
  ADVANCEMENT = 'ADVANCEMENT',
  LATERAL_MOVE = 'LATERAL_MOVE',
  SIMILAR_CAREER = 'SIMILAR_CAREER',
}

/** A relationship as career-moves.cypher returns it, from its start to its end. */
export interface MoveRelRow {
  type: 'ADVANCES_TO' | 'SIMILAR_TO';
  /** Start of the relationship: for SIMILAR_TO, the career whose page lists the other. */
  from: string;
  to: string;
  note: string | null;
  source: string | null;
  educationCode: EducationCode | null;
  credentials: Array<{ id: string; kind: CredentialKindValue | null }>;
}

export interface MoveCareerRow {
  career: CareerRecord;
  facts: CareerFacts;
}

/** What every move must keep: the arguments of careerMoves, checked by its resolver. */
export interface MoveConstraintsRecord {
  maxSteps: number;
  includeSimilar: boolean;
  noNewLicense: boolean;
  educationAtMost: EducationCode | null;
  minMedianPay: number | null;
}

const rankOf = (code: EducationCode): number => educationRank(code);

/** A candidate move and what orders it among the moves to the same destination. */
interface Candidate {
  move: CareerMoveRecord;
  /** Similar steps walked against the listing page's direction (read from the other page). */
  reversed: number;
  key: string;
}

/** A relationship as one walks it: from `from` to `to`, which may be against its direction. */
interface Walk {
  rel: MoveRelRow;
  from: MoveCareerRow;
  to: MoveCareerRow;
  reversed: boolean;
  step: MoveStepRecord;
}

function stepKind(rel: MoveRelRow, from: CareerFacts, to: CareerFacts): MoveKind {
  if (rel.type === 'ADVANCES_TO') return MoveKind.ADVANCEMENT;
  const a = from.entryEducation;
  const b = to.entryEducation;
  return a && b && a.rank === b.rank ? MoveKind.LATERAL_MOVE : MoveKind.SIMILAR_CAREER;
}

/** ADVANCEMENT if any step is one, else LATERAL_MOVE if every step is, else SIMILAR_CAREER. */
export function moveKind(steps: readonly { kind: MoveKind }[]): MoveKind {
  if (steps.some((s) => s.kind === MoveKind.ADVANCEMENT)) return MoveKind.ADVANCEMENT;
  if (steps.every((s) => s.kind === MoveKind.LATERAL_MOVE)) return MoveKind.LATERAL_MOVE;
  return MoveKind.SIMILAR_CAREER;
}

/**
 * Destination's median annual pay minus the origin's. Null when either is unknown, or when the
 * origin's is top-coded (the gain would be a ceiling, not a figure); a top-coded destination gives
 * a floor, which still ranks it correctly against gains below it.
 */
export function payGain(origin: CareerRecord, destination: CareerRecord): number | null {
  const a = origin.medianPayAnnual;
  const b = destination.medianPayAnnual;
  if (a === null || a === undefined || b === null || b === undefined) return null;
  if (origin.medianPayIsLowerBound) return null;
  return b - a;
}

function walkOf(rel: MoveRelRow, from: MoveCareerRow, to: MoveCareerRow): Walk {
  const stated =
    rel.type === 'ADVANCES_TO'
      ? { educationCode: rel.educationCode, credentials: rel.credentials }
      : null;
  return {
    rel,
    from,
    to,
    reversed: rel.from !== from.facts.slug,
    step: {
      from: from.career,
      to: to.career,
      kind: stepKind(rel, from.facts, to.facts),
      note: rel.type === 'ADVANCES_TO' ? rel.note : null,
      source: rel.source,
      adds: stepAdds(stated, from.facts, to.facts),
    },
  };
}

/**
 * The steps one may take out of each career: advancements forwards, similar occupations both ways
 * (when included), into careers the education bound allows, each step keeping the constraints.
 * What a step adds depends only on its two careers and its relationship, so it is decided once
 * here, not once per path through it.
 */
function stepsOutOf(
  careers: ReadonlyMap<string, MoveCareerRow>,
  rels: readonly MoveRelRow[],
  c: MoveConstraintsRecord,
): Map<string, Walk[]> {
  const cap = c.educationAtMost === null ? null : rankOf(c.educationAtMost);
  // Unknown entry education cannot be shown to be within the bound.
  const allowed = (row: MoveCareerRow): boolean =>
    cap === null || (row.facts.entryEducation !== null && row.facts.entryEducation.rank <= cap);
  const out = new Map<string, Walk[]>();
  const add = (rel: MoveRelRow, fromSlug: string, toSlug: string): void => {
    const from = careers.get(fromSlug);
    const to = careers.get(toSlug);
    if (!from || !to || fromSlug === toSlug || !allowed(to)) return;
    const walk = walkOf(rel, from, to);
    if (!keeps(walk.step.adds, c)) return;
    const list = out.get(fromSlug) ?? [];
    list.push(walk);
    out.set(fromSlug, list);
  };
  for (const rel of rels) {
    if (rel.type === 'ADVANCES_TO') add(rel, rel.from, rel.to);
    else if (c.includeSimilar) {
      add(rel, rel.from, rel.to);
      add(rel, rel.to, rel.from);
    }
  }
  return out;
}

/** A step keeps the constraints that bear on what it adds. */
const keeps = (adds: StepAddsRecord, c: MoveConstraintsRecord): boolean =>
  !(c.noNewLicense && adds.license) &&
  !(
    c.educationAtMost !== null &&
    adds.educationCode !== null &&
    rankOf(adds.educationCode) > rankOf(c.educationAtMost)
  );

/**
 * Orders the moves to one destination, best first: fewest steps; then least added (lowest
 * education, no licence, fewest credentials); then most steps a source states (advancements over
 * similar occupations); then similar steps read from the page of the career they leave; then by
 * the slugs of the way, so the choice is stable.
 */
function betterFirst(a: Candidate, b: Candidate): number {
  const x = a.move;
  const y = b.move;
  const edu = (m: CareerMoveRecord) => (m.adds.educationCode ? rankOf(m.adds.educationCode) : -1);
  const stated = (m: CareerMoveRecord) =>
    m.steps.filter((s) => s.kind === MoveKind.ADVANCEMENT).length;
  return (
    x.steps.length - y.steps.length ||
    edu(x) - edu(y) ||
    Number(x.adds.license) - Number(y.adds.license) ||
    x.adds.credentialIds.length - y.adds.credentialIds.length ||
    stated(y) - stated(x) ||
    a.reversed - b.reversed ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** Highest pay gain first, unknown gains last; ties by fewer steps, then title, then slug. */
function rankedFirst(x: CareerMoveRecord, y: CareerMoveRecord): number {
  if (x.payGain !== y.payGain) {
    if (x.payGain === null) return 1;
    if (y.payGain === null) return -1;
    return y.payGain - x.payGain;
  }
  const tx = x.career.title.toLowerCase();
  const ty = y.career.title.toLowerCase();
  return (
    x.steps.length - y.steps.length ||
    (tx < ty ? -1 : tx > ty ? 1 : 0) ||
    (x.career.slug < y.career.slug ? -1 : x.career.slug > y.career.slug ? 1 : 0)
  );
}

/**
 * The moves from `originSlug` through the neighbourhood `careers` and `rels`: every path of 1 to
 * maxSteps steps that visits no career twice, each step kept by stepsOutOf, ending where the pay
 * is at least minMedianPay (unknown pay cannot be shown to be); the best move per destination
 * (betterFirst), ranked (rankedFirst), at most `first`.
 */
export function chooseMoves(
  originSlug: string,
  careers: readonly MoveCareerRow[],
  rels: readonly MoveRelRow[],
  constraints: MoveConstraintsRecord,
  first: number,
): CareerMoveRecord[] {
  const bySlug = new Map(careers.map((c) => [c.facts.slug, c]));
  const origin = bySlug.get(originSlug);
  if (!origin) return [];
  const out = stepsOutOf(bySlug, rels, constraints);
  const minPay = constraints.minMedianPay;
  const best = new Map<string, Candidate>();

  const consider = (walks: readonly Walk[]): void => {
    const destination = walks[walks.length - 1]!.to.career;
    const pay = destination.medianPayAnnual;
    if (minPay !== null && (pay === null || pay === undefined || pay < minPay)) return;
    const steps = walks.map((w) => w.step);
    const candidate: Candidate = {
      move: {
        career: destination,
        kind: moveKind(steps),
        payGain: payGain(origin.career, destination),
        steps,
        adds: unionOfAdds(
          steps.map((s) => s.adds),
          rankOf,
        ),
      },
      reversed: walks.filter((w) => w.rel.type === 'SIMILAR_TO' && w.reversed).length,
      key: [originSlug, ...walks.map((w) => w.to.facts.slug)].join(' '),
    };
    const known = best.get(destination.slug);
    if (!known || betterFirst(candidate, known) < 0) best.set(destination.slug, candidate);
  };

  // Depth-first over simple paths: at most maxSteps (3) deep, over a neighbourhood of careers.
  const visited = new Set([originSlug]);
  const path: Walk[] = [];
  const walk = (slug: string): void => {
    for (const w of out.get(slug) ?? []) {
      const next = w.to.facts.slug;
      if (visited.has(next)) continue;
      path.push(w);
      consider(path);
      if (path.length < constraints.maxSteps) {
        visited.add(next);
        walk(next);
        visited.delete(next);
      }
      path.pop();
    }
  };
  walk(originSlug);

  return [...best.values()]
    .map((c) => c.move)
    .sort(rankedFirst)
    .slice(0, first);
}
