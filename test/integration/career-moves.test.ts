import type { CareerSeed } from '../../src/seed/seed.schema';
import { useSeededGraphQL } from '../helpers/graphql';
import { recordQueries } from '../helpers/test-db';
import { career, educationRank, seeds } from '../helpers/seed-oracle';

/**
 * careerMoves and the derived steps, against the seeded graph. Expectations come from the seed
 * files (the oracle), never from the API's own answers: the edges a step may walk, the careers'
 * entry education, licensure, required credentials and pay.
 */

interface Adds {
  education: { code: string } | null;
  credentials: Array<{ id: string }>;
  license: boolean;
  derived: boolean;
  derivedFrom: Array<{ fact: string; value: string; source: string }>;
}
interface Step {
  from: { slug: string };
  to: { slug: string };
  kind: string;
  note: string | null;
  source: string | null;
  adds: Adds;
}
interface Move {
  career: { slug: string };
  kind: string;
  payGain: number | null;
  steps: Step[];
  adds: Adds;
}

const ADDS = `{ education { code } credentials { id } license derived derivedFrom { fact value source } }`;
const MOVE = `{ career { slug } kind payGain steps { from { slug } to { slug } kind note source adds ${ADDS} } adds ${ADDS} }`;

const MRS = 'medical-records-specialists';
const HIT = 'health-information-technologists-and-medical-registrars';
const MANAGERS = 'medical-and-health-services-managers';

const required = (c: CareerSeed): string[] =>
  c.credentials.filter((x) => x.role === 'REQUIRED').map((x) => x.credentialId);
const kindOf = (id: string): string | undefined =>
  seeds().credentials.find((c) => c.id === id)?.kind;
const rankOfCode = (code: string): number => {
  const level = seeds().educationLevels.find((e) => e.code === code);
  if (!level) throw new Error(`no education level ${code}`);
  return level.rank;
};
const advancement = (from: string, to: string) =>
  career(from).advancesTo.find((a) => a.slug === to);
const similar = (a: string, b: string): boolean =>
  career(a).similarTo.some((s) => s.slug === b) || career(b).similarTo.some((s) => s.slug === a);
/** The careers one step away: stated advancements, and similar occupations either way. */
function neighbours(slug: string, includeSimilar = true): Set<string> {
  const out = new Set(career(slug).advancesTo.map((a) => a.slug));
  if (includeSimilar) {
    for (const c of seeds().careers) if (c.slug !== slug && similar(slug, c.slug)) out.add(c.slug);
  }
  return out;
}
/** Fewest steps from `slug` to every career, along the same edges. */
function distances(slug: string): Map<string, number> {
  const seen = new Map([[slug, 0]]);
  let frontier = [slug];
  for (let d = 1; frontier.length > 0; d += 1) {
    const next: string[] = [];
    for (const s of frontier) {
      for (const n of neighbours(s)) {
        if (!seen.has(n)) {
          seen.set(n, d);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  return seen;
}
/** Whether the seeds say a step from → to adds a licence (the contract's definition). */
function addsLicence(from: string, to: string, stated: string[]): boolean {
  const a = career(from);
  const b = career(to);
  const added = stated.length > 0 ? stated : required(b).filter((id) => !required(a).includes(id));
  return (
    added.some((id) => kindOf(id) === 'LICENSE') ||
    (b.licensure.status === 'REQUIRED' && a.licensure.status !== 'REQUIRED')
  );
}
const pay = (slug: string): number | null => career(slug).pay?.medianAnnual ?? null;

describe('careerMoves', () => {
  const gql = useSeededGraphQL();

  async function moves(args: string): Promise<Move[]> {
    const result = await gql.run<{ careerMoves: Move[] }>(`{ careerMoves(${args}) ${MOVE} }`);
    expect(result.errors).toBeUndefined();
    return result.data!.careerMoves;
  }
  async function errorCode(args: string): Promise<unknown> {
    const result = await gql.run(`{ careerMoves(${args}) { career { slug } } }`);
    return result.errors?.[0]?.extensions?.code;
  }

  it('when medical records specialists move with no new licence, then health information technologists are listed with what the step states it adds', async () => {
    const found = await moves(`from: "${MRS}", constraints: { noNewLicense: true }`);
    const toHit = found.find((m) => m.career.slug === HIT);
    const stated = advancement(MRS, HIT);
    expect(stated).toBeDefined();
    expect(toHit).toBeDefined();
    expect(toHit!.kind).toBe('ADVANCEMENT');
    expect(toHit!.steps).toHaveLength(1);
    const [step] = toHit!.steps;
    expect(step!.note).toBe(stated!.note);
    expect(step!.source).toBe(stated!.source);
    // The step carries what its note names, as stated (the seeds hold it on the edge).
    expect(stated!.educationCode).not.toBeNull();
    expect(step!.adds.education?.code).toBe(stated!.educationCode);
    expect(step!.adds.license).toBe(false);
    expect(step!.adds.derived).toBe(false);
    expect(step!.adds.derivedFrom).toEqual([]);
    expect(toHit!.payGain).toBe(pay(HIT)! - pay(MRS)!);
  });

  it('when constraints are given, then every step of every move keeps them, per the seeds', async () => {
    const cap = 'ASSOCIATES_DEGREE';
    const minPay = 50000;
    let checked = 0;
    for (const from of [
      MRS,
      'licensed-practical-and-licensed-vocational-nurses',
      'dental-assistants',
    ]) {
      const found = await moves(
        `from: "${from}", maxSteps: 3, first: 50, constraints: { noNewLicense: true, educationAtMost: ${cap}, minMedianPay: ${minPay} }`,
      );
      checked += found.length;
      for (const move of found) {
        expect(pay(move.career.slug)).toBeGreaterThanOrEqual(minPay);
        expect(move.steps[0]!.from.slug).toBe(from);
        expect(move.steps.at(-1)!.to.slug).toBe(move.career.slug);
        const visited = [from, ...move.steps.map((s) => s.to.slug)];
        expect(new Set(visited).size).toBe(visited.length);
        for (const [i, step] of move.steps.entries()) {
          if (i > 0) expect(step.from.slug).toBe(move.steps[i - 1]!.to.slug);
          const a = step.from.slug;
          const b = step.to.slug;
          expect(educationRank(career(b))).toBeLessThanOrEqual(rankOfCode(cap));
          const stated = advancement(a, b);
          if (step.kind === 'ADVANCEMENT') expect(stated).toBeDefined();
          else expect(similar(a, b)).toBe(true);
          const statedIds = step.kind === 'ADVANCEMENT' ? stated!.credentialIds : [];
          expect({ step: `${a} > ${b}`, licence: addsLicence(a, b, statedIds) }).toEqual({
            step: `${a} > ${b}`,
            licence: false,
          });
          expect(step.adds.license).toBe(false);
          if (step.adds.education) {
            expect(rankOfCode(step.adds.education.code)).toBeLessThanOrEqual(rankOfCode(cap));
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('when moves come back, then they are ranked by pay gain, highest first, unknown last, each gain the seeds’ difference', async () => {
    const found = await moves(`from: "${MRS}", maxSteps: 2, first: 50`);
    expect(found.length).toBeGreaterThan(1);
    for (const move of found) {
      const want =
        pay(move.career.slug) === null || pay(MRS) === null
          ? null
          : pay(move.career.slug)! - pay(MRS)!;
      expect([move.career.slug, move.payGain]).toEqual([move.career.slug, want]);
    }
    const gains = found.map((m) => m.payGain);
    const known = gains.filter((g): g is number => g !== null);
    expect(known).toEqual([...known].sort((x, y) => y - x));
    expect(gains.slice(known.length).every((g) => g === null)).toBe(true);
    // One move per destination.
    expect(new Set(found.map((m) => m.career.slug)).size).toBe(found.length);
  });

  it('when maxSteps bounds the moves, then one step reaches exactly the neighbours and more steps take the fewest', async () => {
    const one = await moves(`from: "${MRS}", maxSteps: 1, first: 50`);
    expect(new Set(one.map((m) => m.career.slug))).toEqual(neighbours(MRS));
    const stated = await moves(
      `from: "${MRS}", maxSteps: 1, first: 50, constraints: { includeSimilar: false }`,
    );
    expect(stated.map((m) => m.career.slug).sort()).toEqual([...neighbours(MRS, false)].sort());
    expect(stated.every((m) => m.kind === 'ADVANCEMENT')).toBe(true);

    const distance = distances(MRS);
    for (const maxSteps of [2, 3]) {
      const found = await moves(`from: "${MRS}", maxSteps: ${maxSteps}, first: 50`);
      const reachable = [...distance].filter(([s, d]) => s !== MRS && d <= maxSteps);
      expect(found).toHaveLength(Math.min(50, reachable.length));
      for (const move of found) {
        expect([move.career.slug, move.steps.length]).toEqual([
          move.career.slug,
          distance.get(move.career.slug),
        ]);
      }
    }
    const few = await moves(`from: "${MRS}", maxSteps: 2, first: 3`);
    expect(few).toHaveLength(3);
  });

  it('labels each step as the seeds make it: advancement, lateral move at the same entry education, else similar career', async () => {
    const found = await moves(`from: "${MRS}", maxSteps: 2, first: 50`);
    for (const move of found) {
      for (const step of move.steps) {
        const a = career(step.from.slug);
        const b = career(step.to.slug);
        if (step.kind === 'ADVANCEMENT') {
          expect(advancement(a.slug, b.slug)).toBeDefined();
        } else {
          expect(advancement(a.slug, b.slug)).toBeUndefined();
          expect(step.kind).toBe(
            a.entryEducation.code === b.entryEducation.code ? 'LATERAL_MOVE' : 'SIMILAR_CAREER',
          );
          expect(step.note).toBeNull();
        }
      }
      const kinds = move.steps.map((s) => s.kind);
      const want = kinds.includes('ADVANCEMENT')
        ? 'ADVANCEMENT'
        : kinds.every((k) => k === 'LATERAL_MOVE')
          ? 'LATERAL_MOVE'
          : 'SIMILAR_CAREER';
      expect(move.kind).toBe(want);
    }
  });

  it('when the arguments are out of bounds or the career unknown, then a clear error', async () => {
    expect(await errorCode(`from: "${MRS}", maxSteps: 0`)).toBe('BAD_USER_INPUT');
    expect(await errorCode(`from: "${MRS}", maxSteps: 4`)).toBe('BAD_USER_INPUT');
    expect(await errorCode(`from: "${MRS}", first: 0`)).toBe('BAD_USER_INPUT');
    expect(await errorCode(`from: "${MRS}", first: 51`)).toBe('BAD_USER_INPUT');
    expect(await errorCode(`from: "${MRS}", constraints: { minMedianPay: -1 }`)).toBe(
      'BAD_USER_INPUT',
    );
    expect(await errorCode(`from: "astronauts"`)).toBe('NOT_FOUND');
  });
});

describe('derived steps in careerPath and advancesTo', () => {
  const gql = useSeededGraphQL();

  async function data<T>(query: string): Promise<T> {
    const result = await gql.run<T>(query);
    expect(result.errors).toBeUndefined();
    return result.data as T;
  }

  it('when the path to managers has a step its source is silent on, then it adds the managers’ entry education, derived, with the facts and their sources', async () => {
    const managers = career(MANAGERS);
    const records = career(MRS);
    expect(educationRank(managers)).toBeGreaterThan(educationRank(records));
    expect(advancement(MRS, MANAGERS)).toMatchObject({ educationCode: null, credentialIds: [] });
    const { careerPath } = await data<{
      careerPath: { steps: Array<{ to: { slug: string } } & Omit<Adds, 'license'>> };
    }>(`{ careerPath(from: "${MRS}", to: "${MANAGERS}") {
          steps { to { slug } education { code } credentials { id } derived derivedFrom { fact value source } } } }`);
    expect(careerPath.steps).toHaveLength(1);
    const [step] = careerPath.steps;
    expect(step!.education?.code).toBe(managers.entryEducation.code);
    expect(step!.derived).toBe(true);
    expect(step!.derivedFrom).toEqual(
      expect.arrayContaining([
        {
          fact: `entryEducation of ${MANAGERS}`,
          value: managers.entryEducation.code,
          source: managers.entryEducation.source,
        },
        {
          fact: `entryEducation of ${MRS}`,
          value: records.entryEducation.code,
          source: records.entryEducation.source,
        },
      ]),
    );
    const newlyRequired = required(managers).filter((id) => !required(records).includes(id));
    expect(step!.credentials.map((c) => c.id).sort()).toEqual(newlyRequired.sort());
  });

  it('when a path of several steps is asked with what each adds, then it is one statement (the rule’s facts and the credentials come with the path), and its credentials are the credentials themselves', async () => {
    const FROM = 'licensed-practical-and-licensed-vocational-nurses';
    const TO = 'nurse-practitioners';
    const fields = 'id name acronym kind note source';
    const { result, queries } = await recordQueries(gql.runner, () =>
      gql.run<{
        careerPath: {
          steps: Array<{ to: { slug: string }; credentials: Array<Record<string, unknown>> }>;
        };
      }>(`{ careerPath(from: "${FROM}", to: "${TO}") {
            steps { to { slug } credentials { ${fields} } derived derivedFrom { fact } } } }`),
    );
    expect(result.errors).toBeUndefined();
    const steps = result.data!.careerPath.steps;
    expect(steps.length).toBeGreaterThan(1);
    expect(queries.map((q) => q.name)).toEqual(['api/career-path']);
    const ids = [...new Set(steps.flatMap((s) => s.credentials.map((c) => String(c.id))))];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const alone = await data<{ credential: Record<string, unknown> }>(
        `{ credential(id: "${id}") { ${fields} } }`,
      );
      const inPath = steps.flatMap((s) => s.credentials).find((c) => c.id === id);
      expect(inPath).toEqual(alone.credential);
    }
  });

  it('when advancesTo is asked, then each step is stated where its source speaks and derived where it is silent, by the same rule as careerMoves', async () => {
    const withSteps = seeds().careers.filter((c) => c.advancesTo.length > 0);
    const query = (slug: string) =>
      `{ career(slug: "${slug}") { advancesTo { career { slug } education { code } credentials { id } derived derivedFrom { fact value source } } } }`;
    for (const c of withSteps) {
      const { career: got } = await data<{
        career: { advancesTo: Array<{ career: { slug: string } } & Omit<Adds, 'license'>> };
      }>(query(c.slug));
      const viaMoves = await gql.run<{ careerMoves: Move[] }>(
        `{ careerMoves(from: "${c.slug}", maxSteps: 1, first: 50, constraints: { includeSimilar: false }) ${MOVE} }`,
      );
      expect(viaMoves.errors).toBeUndefined();
      for (const step of got.advancesTo) {
        const seed = c.advancesTo.find((a) => a.slug === step.career.slug)!;
        const target = career(seed.slug);
        // Education: as stated, or the target's entry education when above the origin's.
        const wantEducation =
          seed.educationCode ??
          (educationRank(target) > educationRank(c) ? target.entryEducation.code : null);
        expect([c.slug, seed.slug, step.education?.code ?? null]).toEqual([
          c.slug,
          seed.slug,
          wantEducation,
        ]);
        const wantCredentials =
          seed.credentialIds.length > 0
            ? seed.credentialIds
            : required(target).filter((id) => !required(c).includes(id));
        expect(step.credentials.map((x) => x.id).sort()).toEqual([...wantCredentials].sort());
        expect(step.derived).toBe(step.derivedFrom.length > 0);
        if (seed.educationCode === null && wantEducation !== null) expect(step.derived).toBe(true);
        // The same edge, read by careerMoves' own statement, adds the same.
        const move = viaMoves.data!.careerMoves.find((m) => m.career.slug === seed.slug)!;
        expect(move).toBeDefined();
        const adds = move.steps[0]!.adds;
        expect({
          education: adds.education,
          credentials: adds.credentials,
          derived: adds.derived,
          derivedFrom: adds.derivedFrom,
        }).toEqual({
          education: step.education,
          credentials: step.credentials,
          derived: step.derived,
          derivedFrom: step.derivedFrom,
        });
      }
    }
  });

  it('when the step to health information technologists is read, then it carries the education its note names, stated', async () => {
    const { career: got } = await data<{
      career: { advancesTo: Array<{ career: { slug: string } } & Omit<Adds, 'license'>> };
    }>(`{ career(slug: "${MRS}") { advancesTo { career { slug } education { code } derived } } }`);
    const step = got.advancesTo.find((a) => a.career.slug === HIT);
    expect(step?.education?.code).toBe(advancement(MRS, HIT)?.educationCode);
    expect(step?.education?.code).toBe('ASSOCIATES_DEGREE');
    expect(step?.derived).toBe(false);
  });
});
