import { careerGap, careerGaps, type GapSide } from '../../src/api/explore/compare-gap';
import type { CareerRecord } from '../../src/api/graph-model/career.type';
import type { CareerCredential, Credential } from '../../src/api/graph-model/credential.type';
import type { EducationLevel } from '../../src/api/graph-model/education-level.type';
import type { Trait } from '../../src/api/graph-model/trait.type';
import type {
  CredentialKind,
  CredentialRole,
  EducationLevelCode,
  LicensureRequirement,
} from '../../src/common/enums';

/** A career as compare() reads it, with only what a gap looks at. */
function side(
  slug: string,
  licensure: LicensureRequirement,
  level: [EducationLevelCode, number] | null,
  credentials: Array<[string, CredentialKind, CredentialRole]> = [],
  traits: string[] = [],
): GapSide {
  return {
    career: { slug, title: slug, licensure } as CareerRecord,
    entryEducation: level
      ? ({ code: level[0], name: level[0], rank: level[1] } as EducationLevel)
      : null,
    credentials: credentials.map(([id, kind, role]): CareerCredential => ({
      role,
      note: null,
      source: 'https://example.invalid/',
      credential: { id, name: id, acronym: null, kind, note: null, source: 'x' } as Credential,
    })),
    traits: traits.map((id): Trait => ({ id, name: id, kind: 'QUALITY' })),
  };
}

const ids = (items: Array<{ id: string }>): string[] => items.map((i) => i.id);

describe('careerGap: what one career asks that another does not', () => {
  const records = side(
    'records',
    'NOT_REQUIRED',
    ['POSTSECONDARY_NONDEGREE_AWARD', 2],
    [
      ['rhit', 'CERTIFICATION', 'PREFERRED'],
      ['cca', 'CERTIFICATION', 'OPTIONAL'],
      ['ccs', 'CERTIFICATION', 'REQUIRED_IN_SOME_STATES'],
    ],
    ['detail-oriented', 'computer-skills'],
  );
  const manager = side(
    'manager',
    'VARIES_BY_STATE',
    ['BACHELORS_DEGREE', 5],
    [],
    ['detail-oriented', 'leadership-skills'],
  );

  it('when the career needs a higher entry education, then the gap names that level, and the other way round none', () => {
    expect(careerGap(manager, records).education?.code).toBe('BACHELORS_DEGREE');
    expect(careerGap(records, manager).education).toBeNull();
  });

  it('when both need the same level, or either level is unknown, then there is no education gap', () => {
    const sameLevel = side('same', 'NOT_REQUIRED', ['BACHELORS_DEGREE', 5]);
    const unknown = side('unknown', 'NOT_REQUIRED', null);
    expect(careerGap(manager, sameLevel).education).toBeNull();
    expect(careerGap(manager, unknown).education).toBeNull();
    expect(careerGap(unknown, records).education).toBeNull();
  });

  it('when the career requires, requires in some states or prefers a credential the other does not list, then it is in the gap; an optional one is not', () => {
    expect(ids(careerGap(records, manager).credentials)).toEqual(['rhit', 'ccs']);
    expect(careerGap(manager, records).credentials).toEqual([]);
  });

  it('when the other career lists the credential in any role, then it is not in the gap', () => {
    const optionalRhit = side(
      'other',
      'NOT_REQUIRED',
      ['ASSOCIATES_DEGREE', 4],
      [['rhit', 'CERTIFICATION', 'OPTIONAL']],
    );
    expect(ids(careerGap(records, optionalRhit).credentials)).toEqual(['ccs']);
  });

  it('when the career has traits the other does not, then those are the gap, in its own order', () => {
    expect(ids(careerGap(records, manager).traits)).toEqual(['computer-skills']);
    expect(ids(careerGap(manager, records).traits)).toEqual(['leadership-skills']);
  });

  describe('licence', () => {
    const rn = side(
      'rn',
      'REQUIRED',
      ['BACHELORS_DEGREE', 5],
      [
        ['rn-license', 'LICENSE', 'REQUIRED'],
        ['nclex-rn', 'LICENSING_EXAM', 'REQUIRED'],
      ],
    );
    const lpn = side(
      'lpn',
      'REQUIRED',
      ['POSTSECONDARY_NONDEGREE_AWARD', 2],
      [['lpn-license', 'LICENSE', 'REQUIRED']],
    );
    const stateLicence = side(
      'varies',
      'VARIES_BY_STATE',
      ['ASSOCIATES_DEGREE', 4],
      [['some-license', 'LICENSE', 'REQUIRED_IN_SOME_STATES']],
    );

    it('when the career needs a licence and the other needs none, then the gap has a licence; not the other way round', () => {
      expect(careerGap(rn, records).license).toBe(true);
      expect(careerGap(records, rn).license).toBe(false);
    });

    it('when both need a licence but a different one, then each asks a licence the other does not need', () => {
      expect(careerGap(rn, lpn).license).toBe(true);
      expect(careerGap(lpn, rn).license).toBe(true);
    });

    it('when a career needs a licence only in some states, then it does not ask a licence of one that needs none', () => {
      expect(careerGap(stateLicence, records).license).toBe(false);
      expect(careerGap(rn, stateLicence).license).toBe(true);
    });

    it('when both require the same licence, then neither asks a licence', () => {
      const rn2 = side(
        'rn2',
        'REQUIRED',
        ['ASSOCIATES_DEGREE', 4],
        [['rn-license', 'LICENSE', 'REQUIRED']],
      );
      expect(careerGap(rn, rn2).license).toBe(false);
      expect(careerGap(rn2, rn).license).toBe(false);
    });
  });

  it('when a credential is listed twice for the career, then the gap names it once', () => {
    const twice = side(
      'twice',
      'NOT_REQUIRED',
      ['ASSOCIATES_DEGREE', 4],
      [
        ['rhit', 'CERTIFICATION', 'PREFERRED'],
        ['rhit', 'CERTIFICATION', 'REQUIRED_IN_SOME_STATES'],
      ],
    );
    expect(ids(careerGap(twice, manager).credentials)).toEqual(['rhit']);
  });

  it('when careers are compared, then there is one gap per ordered pair of different careers, in the order asked', () => {
    const third = side('third', 'NOT_REQUIRED', null);
    const gaps = careerGaps([records, manager, third]);
    expect(gaps.map((g) => [g.career.slug, g.comparedWith.slug])).toEqual([
      ['records', 'manager'],
      ['records', 'third'],
      ['manager', 'records'],
      ['manager', 'third'],
      ['third', 'records'],
      ['third', 'manager'],
    ]);
    expect(careerGaps([records])).toEqual([]);
  });
});
