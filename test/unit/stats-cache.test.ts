import { StatsCache } from '../../src/api/stats/stats-cache';
import type { GraphStats } from '../../src/api/stats/stats.type';

const stats = (careerCount: number): GraphStats => ({
  careerCount,
  medianPayByEntryEducation: [],
  careersPerSetting: [],
  careersPerLicensure: [],
});

describe('StatsCache', () => {
  it('when stats are kept, then they come back with their version, frozen to the last level', () => {
    const cache = new StatsCache();
    const kept = cache.set('a', 3, {
      ...stats(60),
      careersPerLicensure: [{ licensure: 'REQUIRED' as never, count: 40 }],
    });
    expect(cache.get('a')).toEqual({ version: 3, stats: kept });
    expect(Object.isFrozen(kept)).toBe(true);
    expect(Object.isFrozen(kept.careersPerLicensure[0])).toBe(true);
    expect(cache.get('b')).toBeUndefined();
  });

  it('when a slower request brings an older version, then the newer answer stays', () => {
    const cache = new StatsCache();
    cache.set('a', 5, stats(61));
    const older = cache.set('a', 4, stats(60));
    expect(older.careerCount).toBe(60);
    expect(cache.get('a')?.version).toBe(5);
    cache.set('a', 6, stats(62));
    expect(cache.get('a')).toMatchObject({ version: 6, stats: { careerCount: 62 } });
  });

  it('when more than 64 selections are kept, then the least recently stored goes first', () => {
    const cache = new StatsCache();
    for (let i = 0; i < 64; i++) cache.set(`k${i}`, 1, stats(i));
    cache.set('k0', 2, stats(0)); // stored again: now the most recent
    cache.set('k64', 1, stats(64));
    expect(cache.get('k1')).toBeUndefined();
    expect(cache.get('k0')?.version).toBe(2);
    expect(cache.get('k64')?.version).toBe(1);
    expect(cache.get('k2')?.version).toBe(1);
  });
});
