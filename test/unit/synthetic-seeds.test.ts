import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  generateSeedSet,
  readReference,
  syntheticProbe,
  syntheticSeeds,
} from '../../bench/generate-seeds';
import { SEEDS_DIR } from '../../src/paths';
import { validateSeedSet } from '../../src/seed/validate-seeds';

describe('synthetic seed generator (benchmark)', () => {
  const reference = readReference(SEEDS_DIR);

  it('when the same size is generated twice, then the seed sets are identical', () => {
    expect(JSON.stringify(generateSeedSet(120, reference))).toBe(
      JSON.stringify(generateSeedSet(120, reference)),
    );
  });

  it('when a graph is generated, then it passes the seed validator the loader uses', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'synthetic-seeds-'));
    const set = syntheticSeeds(300, dir, reference);
    expect(validateSeedSet(set)).toEqual([]);
    expect(set.careers).toHaveLength(300);
  });

  it('when 3,000 careers are generated, then fan-outs are ESCO-like', () => {
    const set = generateSeedSet(3000, reference);
    const perCareer = (pick: (c: (typeof set.careers)[number]) => unknown[]): number[] =>
      set.careers.map((c) => pick(c).length);
    expect(set.traits).toHaveLength(14000);
    expect(Math.min(...perCareer((c) => c.settings))).toBeGreaterThanOrEqual(5);
    expect(Math.max(...perCareer((c) => c.settings))).toBeLessThanOrEqual(8);
    expect(Math.min(...perCareer((c) => c.traits))).toBeGreaterThanOrEqual(30);
    expect(Math.max(...perCareer((c) => c.traits))).toBeLessThanOrEqual(40);
    const similar = perCareer((c) => c.similarTo).reduce((a, b) => a + b, 0) / set.careers.length;
    expect(similar).toBeGreaterThan(8);
    expect(similar).toBeLessThan(12);
  });

  it('when a probe is chosen, then its path ends are careers a few advancement steps apart', () => {
    const set = generateSeedSet(200, reference);
    const probe = syntheticProbe(set);
    const next = new Map(set.careers.map((c) => [c.slug, c.advancesTo.map((a) => a.slug)]));
    // Breadth-first from pathFrom: pathTo must be reachable in 2 to 6 steps.
    let frontier = [probe.pathFrom];
    let steps = 0;
    while (!frontier.includes(probe.pathTo) && steps < 10) {
      frontier = frontier.flatMap((s) => next.get(s) ?? []);
      steps += 1;
    }
    expect(steps).toBeGreaterThanOrEqual(2);
    expect(steps).toBeLessThanOrEqual(6);
  });
});
