import {
  careerProjection,
  careerProperties,
  selectsAnyList,
} from '../../src/api/career/career-projection';
import { fromValues } from '../../src/api/career/projected-values';
import { levelsOf, MAX_LOOK_AHEAD_LEVELS } from '../../src/api/career/career-bundle';
import type { Selection } from '../../src/api/shared/selection';

/** A selection from a nested object: `{ a: {}, b: { c: {} } }` selects a, and c below b. */
type Tree = { [field: string]: Tree };
const sel = (tree: Tree): Selection =>
  new Map(Object.entries(tree).map(([k, v]) => [k, sel(v)] as const));

describe('careerProjection', () => {
  it('when only scalars are selected, then it reads those properties, slug first, and no list', () => {
    const p = careerProjection(sel({ title: {}, jobs2024: {}, __typename: {} }));
    expect(p.career).toEqual(['slug', 'title', 'jobs2024']);
    expect(selectsAnyList(p)).toBe(false);
  });

  it('when derived fields are selected, then it reads the properties they are computed from', () => {
    expect(
      careerProperties(sel({ medianPay: { annual: {} }, growthVsNationalAverage: {} })),
    ).toEqual([
      'slug',
      'medianPayAnnual',
      'medianPayHourly',
      'medianPayIsLowerBound',
      'projectedGrowthPct',
    ]);
  });

  it('when a field is no stored property (a list, a loader field, a typo), then no property is asked for it', () => {
    expect(
      careerProperties(sel({ entryEducation: { name: {} }, settings: {}, 'n.x': {} })),
    ).toEqual(['slug']);
  });

  it('when lists are selected, then each names only its selected fields, identity first', () => {
    const p = careerProjection(
      sel({
        settings: { sharePct: {}, setting: { name: {} } },
        credentials: { credential: { name: {}, issuer: { name: {} } } },
        traits: { kind: {} },
        similarOccupations: { title: {} },
      }),
    );
    expect(p.settings).toEqual({
      setting: ['id', 'name'],
      scope: false,
      oohCategories: false,
      categories: false,
      sources: false,
      largestCategory: false,
    });
    expect(p.credentials).toEqual({
      credential: ['id', 'name'],
      role: false,
      note: false,
      source: false,
      issuer: ['id', 'name'],
    });
    expect(p.traits).toEqual(['id', 'kind']);
    expect(p.sources).toBeNull();
    expect(p.similar).toEqual({
      career: ['slug', 'title'],
      settings: null,
      credentials: null,
      traits: null,
      sources: null,
      similar: null,
    });
    expect(selectsAnyList(p)).toBe(true);
  });

  it('when similar occupations nest, then each level has its own projection', () => {
    const p = careerProjection(
      sel({ similarOccupations: { slug: {}, similarOccupations: { traits: { name: {} } } } }),
    );
    expect(p.similar?.career).toEqual(['slug']);
    expect(p.similar?.traits).toBeNull();
    expect(p.similar?.similar?.traits).toEqual(['id', 'name']);
    expect(p.similar?.similar?.similar).toBeNull();
  });

  it('when credentials are selected without their issuer, then no issuer is read', () => {
    expect(careerProjection(sel({ credentials: { role: {} } })).credentials?.issuer).toBeNull();
  });
});

describe('levelsOf', () => {
  /** `similarOccupations` nested `depth` times, with traits at the bottom. */
  const nested = (depth: number): Tree =>
    depth === 0 ? { traits: { id: {} } } : { similarOccupations: nested(depth - 1) };

  it('when similar occupations nest, then the statement reads one level per career level, each saying whether the next is read', () => {
    const levels = levelsOf(careerProjection(sel(nested(2))));
    expect(levels.map((l) => [l.similar, l.traits, l.anyList])).toEqual([
      [true, null, true],
      [true, null, true],
      [false, ['id'], true],
    ]);
    // Similar occupations with properties only: their level reads no list.
    const flat = levelsOf(careerProjection(sel({ similarOccupations: { title: {} } })));
    expect(flat.map((l) => [l.similar, l.anyList])).toEqual([
      [true, true],
      [false, false],
    ]);
  });

  it('when similar occupations are asked for their slug alone, then no level of theirs is read', () => {
    const links = levelsOf(careerProjection(sel({ similarOccupations: { slug: {} } })));
    expect(links.map((l) => [l.similar, l.anyList])).toEqual([[true, true]]);
    // A list below them still needs their level.
    const deeper = levelsOf(
      careerProjection(sel({ similarOccupations: { slug: {}, traits: { id: {} } } })),
    );
    expect(deeper.map((l) => [l.similar, l.anyList])).toEqual([
      [true, true],
      [false, true],
    ]);
  });

  it('when they nest deeper than the statement reads, then the last level it reads leaves its similar occupations to their loader', () => {
    const levels = levelsOf(careerProjection(sel(nested(9))));
    expect(levels).toHaveLength(MAX_LOOK_AHEAD_LEVELS);
    expect(levels.map((l) => l.similar)).toEqual([true, true, true, false]);
  });
});

describe('fromValues', () => {
  it('when values come back in the projection order, then it names them and leaves nulls out', () => {
    expect(fromValues(['slug', 'title', 'jobs2024'], ['a', null, 3])).toEqual({
      slug: 'a',
      jobs2024: 3,
    });
    expect(Object.keys(fromValues(['slug', 'title'], ['a', null]))).toEqual(['slug']);
  });
});
