import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, Info, Query, Resolver } from 'type-graphql';
import { selectionOf } from '../shared/selection';
import type { StatsContext } from './stats.repository';
import { GraphStats } from './stats.type';

@Resolver(() => GraphStats)
export class StatsResolver {
  @Query(() => GraphStats, {
    description: 'Aggregates over the whole graph, in one database query.',
  })
  stats(@Ctx() { repos }: StatsContext, @Info() info: GraphQLResolveInfo): Promise<GraphStats> {
    // Look-ahead: an aggregate nobody selected is not computed (it would be a scan for nothing).
    const selected = selectionOf(info);
    return repos.stats.stats({
      byEducation: selected.has('medianPayByEntryEducation'),
      perSetting: selected.has('careersPerSetting'),
      perLicensure: selected.has('careersPerLicensure'),
    });
  }
}
