import { Arg, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { Setting, SettingCareer } from './setting.type';

const MAX_CAREERS = 100;

@Resolver(() => Setting)
export class SettingResolver {
  @Query(() => [Setting], {
    description: 'Every work setting, by name, with its number of careers.',
  })
  settings(@Ctx() { repos }: Context): Promise<Setting[]> {
    return repos.catalog.settings();
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
    @Ctx() { loaders }: Context,
  ): Promise<Setting | null> {
    return loaders.settingById.load(id);
  }

  @FieldResolver(() => Int, { description: 'Number of careers employed in this setting.' })
  async careerCount(@Root() setting: Setting, @Ctx() { loaders }: Context): Promise<number> {
    return (await loaders.settingCareerCount.load(setting.id)) ?? 0;
  }

  @FieldResolver(() => [SettingCareer], {
    description: 'Careers working here, largest share of their jobs first.',
  })
  careers(
    @Root() setting: Setting,
    @Ctx() { loaders }: Context,
    @Arg('first', () => Int, {
      defaultValue: 50,
      description: 'At most this many careers (1–100).',
    })
    first: number,
    @Arg('minSharePct', () => Float, {
      nullable: true,
      description: 'Only careers with at least this percent of their jobs here.',
    })
    minSharePct?: number,
  ): Promise<SettingCareer[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_CAREERS) {
      throw new BadUserInputError(`first must be between 1 and ${MAX_CAREERS}`, 'first');
    }
    return loaders
      .settingCareers({ limit: first, minSharePct: minSharePct ?? null })
      .load(setting.id);
  }
}
