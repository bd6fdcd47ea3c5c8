import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import { CareerFilter } from '../career/career.inputs';
import { selectionOf } from '../shared/selection';
import { FACETS } from './facet-filters';
import type { FacetsContext } from './facets.repository';
import { CareerFacets } from './facets.type';

@Resolver(() => CareerFacets)
export class FacetsResolver {
  @Query(() => CareerFacets, {
    description:
      'Facet counts for a careers filter: for each facet (licensure, entry education, settings, traits, credentials), how many careers each choice would leave, and the total the whole filter matches (the same as `careers(filter:) { totalCount }`). One database query.',
  })
  careerFacets(
    @Arg('filter', () => CareerFilter, {
      nullable: true,
      description: 'The filter, as careers(filter:) takes it, with the same checks and limits.',
    })
    filter: CareerFilter | null | undefined,
    @Ctx() { repos }: FacetsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CareerFacets> {
    // Look-ahead: a facet nobody selected is not counted.
    const selected = selectionOf(info);
    return repos.facets.count(filter, new Set(FACETS.filter((f) => selected.has(f))));
  }
}
