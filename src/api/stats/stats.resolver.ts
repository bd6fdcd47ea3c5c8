import { Ctx, Query, Resolver } from 'type-graphql';
import type { StatsContext } from './stats.repository';
import { GraphStats } from './stats.type';

@Resolver(() => GraphStats)
export class StatsResolver {
  @Query(() => GraphStats, {
    description: 'Aggregates over the whole graph, in one database query.',
  })
  stats(@Ctx() { repos }: StatsContext): Promise<GraphStats> {
    return repos.stats.stats();
  }
}
