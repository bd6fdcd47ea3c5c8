import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { TraitKind } from '../../common/enums';
import { Career, type CareerRecord } from '../graph-model/career.type';
import { Trait } from '../graph-model/trait.type';
import type { TraitContext } from './trait.loaders';
import { FanOut } from '../shared/fan-out';

@Resolver(() => Trait)
export class TraitResolver {
  @Query(() => [Trait], { description: 'Every trait, by name, with its number of careers.' })
  @FanOut(40)
  traits(
    @Ctx() { repos }: TraitContext,
    @Arg('kind', () => TraitKind, { nullable: true, description: 'Only traits of this kind.' })
    kind?: TraitKind,
  ): Promise<Trait[]> {
    return repos.traits.all(kind ?? null);
  }

  @Query(() => Trait, { nullable: true, description: 'One trait by id; null when there is none.' })
  trait(
    @Arg('id', () => ID, { description: 'Trait id, e.g. `detail-oriented`.' }) id: string,
    @Ctx() { loaders }: TraitContext,
  ): Promise<Trait | null> {
    return loaders.traitById.load(id);
  }

  @FieldResolver(() => Int, { description: 'Number of careers with this trait.' })
  async careerCount(
    @Root() trait: Pick<Trait, 'id'>,
    @Ctx() { loaders }: TraitContext,
  ): Promise<number> {
    return (await loaders.traitCareerCount.load(trait.id)) ?? 0;
  }

  @FieldResolver(() => [Career], { description: 'Careers with this trait, by title.' })
  @FanOut(60)
  careers(
    @Root() trait: Pick<Trait, 'id'>,
    @Ctx() { loaders }: TraitContext,
  ): Promise<CareerRecord[]> {
    return loaders.traitCareers.load(trait.id);
  }
}
