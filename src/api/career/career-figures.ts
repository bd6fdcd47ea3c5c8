import type { CareerRecord, MedianPay, PayPercentiles } from '../graph-model/career.type';
import type { GrowthComparison } from '../graph-model/career-relations.type';
import { NATIONAL_GROWTH_PCT } from './national-average';

/**
 * Career fields computed from its stored figures (career-projection.ts's DERIVED names what each
 * reads). An unknown figure stays null: nothing here fills one in.
 */

export function medianPayOf(c: CareerRecord): MedianPay | null {
  if (c.medianPayAnnual == null && c.medianPayHourly == null) return null;
  return {
    annual: c.medianPayAnnual ?? null,
    hourly: c.medianPayHourly ?? null,
    isLowerBound: c.medianPayIsLowerBound ?? false,
  };
}

export function payPercentilesOf(c: CareerRecord): PayPercentiles | null {
  if (c.payPct10Annual == null && c.payPct90Annual == null) return null;
  return {
    p10: c.payPct10Annual ?? null,
    p90: c.payPct90Annual ?? null,
    p90IsLowerBound: c.payPct90IsLowerBound ?? false,
  };
}

export function growthComparisonOf(c: CareerRecord): GrowthComparison | null {
  if (c.projectedGrowthPct == null) return null;
  const difference = c.projectedGrowthPct - NATIONAL_GROWTH_PCT;
  return {
    careerPct: c.projectedGrowthPct,
    nationalPct: NATIONAL_GROWTH_PCT,
    differencePct: difference,
    isAboveAverage: difference > 0,
  };
}
