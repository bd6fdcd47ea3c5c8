import { SHAPE_LIMITS } from '../../config';
import { Arg, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { checkFirst } from '../shared/arguments';
import { Setting, SettingCareer } from '../graph-model/setting.type';
import type { SettingContext } from './setting.loaders';
import { FanOut } from '../shared/fan-out';

@Resolver(() => Setting)
export class SettingResolver {
  @Query(() => [Setting], {
    description: 'Every work setting, by name, with its number of careers.',
  })
  @FanOut(25)
  settings(@Ctx() { repos }: SettingContext): Promise<Setting[]> {
    return repos.settings.all();
  }

  @Query(() => Setting, {
    nullable: true,
    description: 'One work setting by id; null when there is none.',
  })
  setting(
    @Arg('id', () => ID, {
      description: 'Setting id, e.g. `nursing-and-residential-care-facilities`.',
    })
    id: string,
    @Ctx() { loaders }: SettingContext,
  ): Promise<Setting | null> {
    return loaders.settingById.load(id);
  }

  @FieldResolver(() => Int, { description: 'Number of careers employed in this setting.' })
  async careerCount(
    @Root() setting: Pick<Setting, 'id'>,
    @Ctx() { loaders }: SettingContext,
  ): Promise<number> {
    return (await loaders.settingCareerCount.load(setting.id)) ?? 0;
  }

  @FieldResolver(() => [SettingCareer], {
    description: 'Careers working here, largest share of their jobs first.',
  })
  careers(
    @Root() setting: Pick<Setting, 'id'>,
    @Ctx() { loaders }: SettingContext,
    @Arg('first', () => Int, {
      defaultValue: 50,
      description: `At most this many careers (1–${SHAPE_LIMITS.maxListFirst}).`,
    })
    first: number,
    @Arg('minSharePct', () => Float, {
      nullable: true,
      description: 'Only careers with at least this percent of their jobs here.',
    })
    minSharePct?: number,
  ): Promise<SettingCareer[]> {
    return loaders
      .settingCareers({
        limit: checkFirst(first, 1, SHAPE_LIMITS.maxListFirst),
        minSharePct: minSharePct ?? null,
      })
      .load(setting.id);
  }
}
