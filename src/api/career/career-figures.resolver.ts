import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PeerGroup } from '../../common/enums';
import { Career, MedianPay, PayPercentiles, type CareerRecord } from '../graph-model/career.type';
import { GrowthComparison, PayRank } from '../graph-model/career-relations.type';
import type { CareerContext } from './career.loaders';
import { NATIONAL_GROWTH_PCT } from './national-average';

/**
 * Career's figures computed from its stored properties (career-projection.ts's DERIVED names what
 * each reads), and its pay rank among peers. An unknown figure stays null: nothing here fills one
 * in. The career's relations are in career.resolver.ts.
 */
@Resolver(() => Career)
export class CareerFiguresResolver {
  @FieldResolver(() => MedianPay, {
    nullable: true,
    description: 'Median pay, May 2024; null when unknown.',
  })
  medianPay(@Root() c: CareerRecord): MedianPay | null {
    if (c.medianPayAnnual == null && c.medianPayHourly == null) return null;
    return {
      annual: c.medianPayAnnual ?? null,
      hourly: c.medianPayHourly ?? null,
      isLowerBound: c.medianPayIsLowerBound ?? false,
    };
  }

  @FieldResolver(() => PayPercentiles, {
    nullable: true,
    description: 'The 10th and 90th percentile annual wages; null when unknown.',
  })
  payPercentiles(@Root() c: CareerRecord): PayPercentiles | null {
    if (c.payPct10Annual == null && c.payPct90Annual == null) return null;
    return {
      p10: c.payPct10Annual ?? null,
      p90: c.payPct90Annual ?? null,
      p90IsLowerBound: c.payPct90IsLowerBound ?? false,
    };
  }

  @FieldResolver(() => GrowthComparison, {
    nullable: true,
    description: `Projected growth against all occupations (${NATIONAL_GROWTH_PCT} % for 2024–34); null when growth is unknown.`,
  })
  growthVsNationalAverage(@Root() c: CareerRecord): GrowthComparison | null {
    if (c.projectedGrowthPct == null) return null;
    const difference = c.projectedGrowthPct - NATIONAL_GROWTH_PCT;
    return {
      careerPct: c.projectedGrowthPct,
      nationalPct: NATIONAL_GROWTH_PCT,
      differencePct: difference,
      isAboveAverage: difference > 0,
    };
  }

  @FieldResolver(() => PayRank, {
    nullable: true,
    description: "Rank of the career's median pay among peers; null when its pay is unknown.",
  })
  async payRank(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
    @Arg('peerGroup', () => PeerGroup, {
      defaultValue: PeerGroup.SAME_ENTRY_EDUCATION,
      description: 'Careers to rank against.',
    })
    peerGroup: PeerGroup,
  ): Promise<PayRank | null> {
    const rank = await loaders.payRank({ peerGroup }).load(c.slug);
    return rank ? { ...rank, peerGroup } : null;
  }
}
