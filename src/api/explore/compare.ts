import type { CareerRecord } from '../graph-model/career.type';
import { ComparedMetric, type MetricComparison, type MetricValue } from './explore.type';

interface Figure {
  value: number | null;
  isLowerBound: boolean;
}

const FIGURES: Record<ComparedMetric, (c: CareerRecord, entryRank: number | null) => Figure> = {
  [ComparedMetric.MEDIAN_PAY]: (c) => ({
    value: c.medianPayAnnual ?? null,
    isLowerBound: c.medianPayIsLowerBound ?? false,
  }),
  [ComparedMetric.MEDIAN_HOURLY_PAY]: (c) => ({
    value: c.medianPayHourly ?? null,
    isLowerBound: c.medianPayIsLowerBound ?? false,
  }),
  [ComparedMetric.PROJECTED_GROWTH]: (c) => ({
    value: c.projectedGrowthPct ?? null,
    isLowerBound: false,
  }),
  [ComparedMetric.JOBS_2024]: (c) => ({ value: c.jobs2024 ?? null, isLowerBound: false }),
  [ComparedMetric.ANNUAL_OPENINGS]: (c) => ({
    value: c.annualOpenings ?? null,
    isLowerBound: false,
  }),
  [ComparedMetric.ENTRY_EDUCATION_RANK]: (_c, rank) => ({ value: rank, isLowerBound: false }),
};

/**
 * Puts careers' figures side by side. Differences are against the first career; unknown values
 * stay null and are left out of highest, lowest and spread rather than guessed.
 */
export function compareFigures(
  careers: CareerRecord[],
  entryRanks: Array<number | null>,
): MetricComparison[] {
  return (Object.values(ComparedMetric) as ComparedMetric[]).map((metric) => {
    const figures = careers.map((c, i) => FIGURES[metric](c, entryRanks[i] ?? null));
    const base = figures[0]?.value ?? null;
    const values: MetricValue[] = careers.map((c, i) => {
      const f = figures[i] as Figure;
      return {
        slug: c.slug,
        value: f.value,
        isLowerBound: f.isLowerBound,
        differenceFromFirst: f.value === null || base === null ? null : round(f.value - base),
      };
    });
    const known = values.filter((v): v is MetricValue & { value: number } => v.value !== null);
    if (known.length === 0) return { metric, values, highest: null, lowest: null, spread: null };
    const highest = known.reduce((a, b) => (b.value > a.value ? b : a));
    const lowest = known.reduce((a, b) => (b.value < a.value ? b : a));
    return {
      metric,
      values,
      highest: highest.slug,
      lowest: lowest.slug,
      spread: round(highest.value - lowest.value),
    };
  });
}

/** Keeps float noise (0.1 + 0.2) out of differences of figures given to two decimals at most. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Items present in every list, in the first list's order. */
export function intersectBy<T>(lists: T[][], key: (item: T) => string): T[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  const others = rest.map((l) => new Set(l.map(key)));
  const seen = new Set<string>();
  return first.filter((item) => {
    const k = key(item);
    if (seen.has(k) || !others.every((s) => s.has(k))) return false;
    seen.add(k);
    return true;
  });
}
