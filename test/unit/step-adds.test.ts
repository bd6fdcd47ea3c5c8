import { educationRank } from '../../src/shared/vocabulary';
import {
  stepAdds,
  unionOfAdds,
  type CareerFacts,
  type StepAddsRecord,
} from '../../src/api/explore/step-adds';
import { chooseMoves, MoveKind, moveKind, payGain } from '../../src/api/explore/career-moves';
import type {
  MoveCareerRow,
  MoveConstraintsRecord,
  MoveRelRow,
} from '../../src/api/explore/career-moves';
import type { CareerMoveRecord } from '../../src/api/explore/moves.type';
import type { CareerRecord } from '../../src/api/graph-model/career.type';

/** The step rule on careers made for the case: each test states the facts it needs. */
const url = (slug: string) => `https://example.invalid/${slug}`;

function facts(slug: string, over: Partial<CareerFacts> = {}): CareerFacts {
  return {
    slug,
    oohUrl: url(slug),
    licensure: 'NOT_REQUIRED',
    entryEducation: { code: 'HIGH_SCHOOL_DIPLOMA', rank: 1, source: url(slug) },
    required: [],
    ...over,
  };
}

const entry = (slug: string, code: Parameters<typeof educationRank>[0]) => ({
  code,
  rank: educationRank(code),
  source: url(slug),
});

describe('the step rule', () => {
  it('when the source is silent and the target enters with more education, then that education is added, derived from both entry levels', () => {
    const from = facts('records', {
      entryEducation: entry('records', 'POSTSECONDARY_NONDEGREE_AWARD'),
    });
    const to = facts('managers', { entryEducation: entry('managers', 'BACHELORS_DEGREE') });
    const adds = stepAdds({ educationCode: null, credentials: [] }, from, to);
    expect(adds).toEqual<StepAddsRecord>({
      educationCode: 'BACHELORS_DEGREE',
      credentialIds: [],
      license: false,
      derived: true,
      derivedFrom: [
        { fact: 'entryEducation of managers', value: 'BACHELORS_DEGREE', source: url('managers') },
        {
          fact: 'entryEducation of records',
          value: 'POSTSECONDARY_NONDEGREE_AWARD',
          source: url('records'),
        },
      ],
    });
  });

  it('when the source states the education, then it is used as stated and nothing is derived', () => {
    const from = facts('records', {
      entryEducation: entry('records', 'POSTSECONDARY_NONDEGREE_AWARD'),
    });
    const to = facts('technologists', {
      entryEducation: entry('technologists', 'BACHELORS_DEGREE'),
    });
    const adds = stepAdds({ educationCode: 'ASSOCIATES_DEGREE', credentials: [] }, from, to);
    expect(adds).toMatchObject({
      educationCode: 'ASSOCIATES_DEGREE',
      derived: false,
      derivedFrom: [],
    });
  });

  it('when the target needs no more education than the origin, then none is added, and a step adding nothing is not derived', () => {
    const from = facts('a', { entryEducation: entry('a', 'BACHELORS_DEGREE') });
    const to = facts('b', { entryEducation: entry('b', 'ASSOCIATES_DEGREE') });
    expect(stepAdds(null, from, to)).toEqual<StepAddsRecord>({
      educationCode: null,
      credentialIds: [],
      license: false,
      derived: false,
      derivedFrom: [],
    });
  });

  it('when the origin’s education is unknown, then the target’s entry education is added, derived from it alone', () => {
    const to = facts('b', { entryEducation: entry('b', 'ASSOCIATES_DEGREE') });
    const adds = stepAdds(null, facts('a', { entryEducation: null }), to);
    expect(adds.educationCode).toBe('ASSOCIATES_DEGREE');
    expect(adds.derivedFrom.map((f) => f.fact)).toEqual(['entryEducation of b']);
  });

  it('when the source names no credentials, then those the target requires and the origin does not are added, each with its source', () => {
    const shared = { id: 'cpr', kind: 'CERTIFICATION' as const, source: url('cpr') };
    const from = facts('lpn', { required: [shared] });
    const to = facts('rn', {
      required: [shared, { id: 'nclex-rn', kind: 'LICENSING_EXAM', source: url('nclex') }],
    });
    const adds = stepAdds({ educationCode: null, credentials: [] }, from, to);
    expect(adds.credentialIds).toEqual(['nclex-rn']);
    expect(adds.derivedFrom).toEqual([
      { fact: 'requiredCredential of rn', value: 'nclex-rn', source: url('nclex') },
    ]);
    // A licensing exam is not the licence itself.
    expect(adds.license).toBe(false);
  });

  it('when the source names credentials, then exactly those are added, and a LICENSE among them adds a licence without derivation', () => {
    const from = facts('aides');
    const to = facts('therapists', {
      licensure: 'REQUIRED',
      required: [
        { id: 'ot-license', kind: 'LICENSE', source: url('ot') },
        { id: 'x', kind: 'CERTIFICATION', source: url('x') },
      ],
    });
    const adds = stepAdds(
      { educationCode: null, credentials: [{ id: 'ot-license', kind: 'LICENSE' }] },
      from,
      to,
    );
    expect(adds.credentialIds).toEqual(['ot-license']);
    expect(adds.license).toBe(true);
    // Only the education is derived here (both ends enter with a high school diploma: none).
    expect(adds.derived).toBe(false);
  });

  it('when the target’s licensure is REQUIRED and the origin’s is not, then the step adds a licence even if no credential says so, derived from both licensures', () => {
    const from = facts('a', { licensure: 'VARIES_BY_STATE' });
    const to = facts('b', { licensure: 'REQUIRED' });
    const adds = stepAdds(
      { educationCode: null, credentials: [{ id: 'cert', kind: 'CERTIFICATION' }] },
      from,
      to,
    );
    expect(adds.license).toBe(true);
    expect(adds.derived).toBe(true);
    expect(adds.derivedFrom).toEqual([
      { fact: 'licensure of b', value: 'REQUIRED', source: url('b') },
      { fact: 'licensure of a', value: 'VARIES_BY_STATE', source: url('a') },
    ]);
  });

  it('when both careers require a licence, then the step adds none', () => {
    const licence = { id: 'l', kind: 'LICENSE' as const, source: url('l') };
    const from = facts('a', { licensure: 'REQUIRED', required: [licence] });
    const to = facts('b', { licensure: 'REQUIRED', required: [licence] });
    expect(stepAdds(null, from, to).license).toBe(false);
  });
});

describe('what a move adds', () => {
  const adds = (over: Partial<StepAddsRecord>): StepAddsRecord => ({
    educationCode: null,
    credentialIds: [],
    license: false,
    derived: false,
    derivedFrom: [],
    ...over,
  });

  it('when steps are joined, then the move needs the highest education, every credential once, a licence if any step adds one', () => {
    const fact = { fact: 'entryEducation of b', value: 'MASTERS_DEGREE', source: url('b') };
    const union = unionOfAdds(
      [
        adds({
          educationCode: 'MASTERS_DEGREE',
          credentialIds: ['x'],
          derived: true,
          derivedFrom: [fact],
        }),
        adds({
          educationCode: 'ASSOCIATES_DEGREE',
          credentialIds: ['x', 'y'],
          license: true,
          derivedFrom: [fact],
        }),
      ],
      educationRank,
    );
    expect(union).toEqual<StepAddsRecord>({
      educationCode: 'MASTERS_DEGREE',
      credentialIds: ['x', 'y'],
      license: true,
      derived: true,
      derivedFrom: [fact],
    });
  });

  it('labels a move ADVANCEMENT if any step is one, LATERAL_MOVE if all are, else SIMILAR_CAREER', () => {
    const k = (...kinds: MoveKind[]) => moveKind(kinds.map((kind) => ({ kind })));
    expect(k(MoveKind.SIMILAR_CAREER, MoveKind.ADVANCEMENT)).toBe(MoveKind.ADVANCEMENT);
    expect(k(MoveKind.LATERAL_MOVE, MoveKind.LATERAL_MOVE)).toBe(MoveKind.LATERAL_MOVE);
    expect(k(MoveKind.LATERAL_MOVE, MoveKind.SIMILAR_CAREER)).toBe(MoveKind.SIMILAR_CAREER);
  });
});

describe('choosing moves', () => {
  const record = (slug: string, pay: number | null, lowerBound = false): CareerRecord =>
    ({
      slug,
      title: slug.toUpperCase(),
      socCodes: [],
      summary: '',
      oohUrl: url(slug),
      medianPayAnnual: pay,
      medianPayIsLowerBound: lowerBound,
      licensure: 'NOT_REQUIRED',
    }) as CareerRecord;
  const row = (
    slug: string,
    pay: number | null,
    over: Partial<CareerFacts> = {},
  ): MoveCareerRow => ({
    career: record(slug, pay),
    facts: facts(slug, over),
  });
  const similar = (from: string, to: string): MoveRelRow => ({
    type: 'SIMILAR_TO',
    from,
    to,
    note: null,
    source: url(from),
    educationCode: null,
    credentials: [],
  });
  const advance = (from: string, to: string, over: Partial<MoveRelRow> = {}): MoveRelRow => ({
    ...similar(from, to),
    type: 'ADVANCES_TO',
    note: 'stated',
    ...over,
  });
  const none: MoveConstraintsRecord = {
    maxSteps: 3,
    includeSimilar: true,
    noNewLicense: false,
    educationAtMost: null,
    minMedianPay: null,
  };
  const ways = (moves: CareerMoveRecord[]) =>
    moves.map((m) => [m.steps[0]!.from.slug, ...m.steps.map((s) => s.to.slug)].join(' > '));

  it('keeps one move per destination, the one with the fewest steps, walks similar occupations either way and advancements forwards only, and ranks by pay gain with unknown pay last', () => {
    const careers = [row('o', 50), row('a', 70), row('b', 90), row('c', null), row('up', 99)];
    const rels = [
      similar('o', 'a'),
      similar('a', 'b'),
      advance('o', 'b'),
      similar('c', 'o'),
      advance('up', 'o'),
    ];
    const moves = chooseMoves('o', careers, rels, none, 10);
    expect(ways(moves)).toEqual(['o > b', 'o > a', 'o > c']);
    expect(moves.map((m) => [m.payGain, m.kind])).toEqual([
      [40, MoveKind.ADVANCEMENT],
      [20, MoveKind.LATERAL_MOVE],
      [null, MoveKind.LATERAL_MOVE],
    ]);
    expect(moves[2]!.steps[0]!.source).toBe(url('c'));
    expect(chooseMoves('o', careers, rels, none, 2)).toHaveLength(2);
  });

  it('when maxSteps or includeSimilar narrow the walk, then only paths within them remain, and no career is visited twice', () => {
    const careers = [row('o', 50), row('a', 60), row('b', 70), row('c', 80)];
    const rels = [similar('o', 'a'), similar('a', 'b'), advance('b', 'c'), similar('c', 'o')];
    expect(ways(chooseMoves('o', careers, rels, { ...none, maxSteps: 1 }, 10))).toEqual([
      'o > c',
      'o > a',
    ]);
    expect(ways(chooseMoves('o', careers, rels, { ...none, maxSteps: 2 }, 10))).toEqual([
      'o > c',
      'o > a > b',
      'o > a',
    ]);
    expect(chooseMoves('o', careers, rels, { ...none, includeSimilar: false }, 10)).toEqual([]);
    const all = chooseMoves('o', careers, rels, none, 10);
    for (const m of all) expect(new Set(ways([m])[0]!.split(' > ')).size).toBe(m.steps.length + 1);
  });

  it('when noNewLicense, then a path any step of which adds a licence is dropped, and a longer one without may stand', () => {
    const careers = [
      row('o', 50),
      row('lic', 80, { licensure: 'REQUIRED' }),
      row('x', 60),
      row('y', 90),
    ];
    const rels = [similar('o', 'lic'), similar('lic', 'y'), similar('o', 'x'), similar('x', 'y')];
    const moves = chooseMoves('o', careers, rels, { ...none, noNewLicense: true }, 10);
    expect(ways(moves)).toEqual(['o > x > y', 'o > x']);
    for (const m of moves) for (const s of m.steps) expect(s.adds.license).toBe(false);
    // Without it, the licensed career is a destination; y is still reached through x, the way of
    // the two (both two steps) that adds no licence.
    expect(ways(chooseMoves('o', careers, rels, none, 10))).toEqual([
      'o > x > y',
      'o > lic',
      'o > x',
    ]);
  });

  it('when educationAtMost, then no career on the way enters above it and no step states more', () => {
    const careers = [
      row('o', 50),
      row('a', 70),
      row('high', 80, { entryEducation: entry('high', 'MASTERS_DEGREE') }),
      row('b', 90),
    ];
    const rels = [
      advance('o', 'a', { educationCode: 'MASTERS_DEGREE' }),
      similar('o', 'high'),
      similar('high', 'b'),
    ];
    const capped = { ...none, educationAtMost: 'BACHELORS_DEGREE' as const };
    expect(chooseMoves('o', careers, rels, capped, 10)).toEqual([]);
    expect(
      ways(chooseMoves('o', careers, rels, { ...none, educationAtMost: 'MASTERS_DEGREE' }, 10)),
    ).toEqual(['o > high > b', 'o > high', 'o > a']);
  });

  it('when minMedianPay, then destinations below it or of unknown pay are left out, but may be passed through', () => {
    const careers = [row('o', 50), row('low', 40), row('rich', 90), row('unknown', null)];
    const rels = [similar('o', 'low'), similar('low', 'rich'), similar('o', 'unknown')];
    expect(ways(chooseMoves('o', careers, rels, { ...none, minMedianPay: 60 }, 10))).toEqual([
      'o > low > rich',
    ]);
  });

  it('gives no pay gain from a top-coded origin, and a floor to a top-coded destination', () => {
    expect(payGain(record('o', 239200, true), record('d', 250000))).toBeNull();
    expect(payGain(record('o', 50000), record('d', 239200, true))).toBe(189200);
    expect(payGain(record('o', null), record('d', 1))).toBeNull();
  });
});
