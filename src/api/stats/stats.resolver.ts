import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, Info, Query, Resolver } from 'type-graphql';
import { below, selectionOf } from '../shared/selection';
import { educationLevelProperties, settingProperties } from '../career/career-projection';
import type { StatsContext } from './stats.repository';
import { GraphStats } from './stats.type';

@Resolver(() => GraphStats)
export class StatsResolver {
  @Query(() => GraphStats, {
    description: 'Aggregates over the whole graph, in one database query.',
  })
  stats(@Ctx() { repos }: StatsContext, @Info() info: GraphQLResolveInfo): Promise<GraphStats> {
    // Look-ahead: an aggregate nobody selected is not computed (it would be a scan for nothing),
    // and levels and settings come with only their selected properties.
    const selected = selectionOf(info);
    const byEducation = selected.get('medianPayByEntryEducation');
    const perSetting = selected.get('careersPerSetting');
    return repos.stats.stats({
      byEducation: byEducation ? educationLevelProperties(below(byEducation, 'level')) : null,
      perSetting: perSetting ? settingProperties(below(perSetting, 'setting')) : null,
      perLicensure: selected.has('careersPerLicensure'),
    });
  }
}
