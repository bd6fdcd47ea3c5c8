import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Career, type CareerRecord } from '../graph-model/career.type';
import { EducationLevel } from '../graph-model/education-level.type';
import type { EducationContext } from './education.loaders';
import { FanOut } from '../shared/fan-out';

@Resolver(() => EducationLevel)
export class EducationLevelResolver {
  @Query(() => [EducationLevel], { description: 'The education levels, lowest first.' })
  @FanOut(8)
  educationLevels(@Ctx() { repos }: EducationContext): Promise<EducationLevel[]> {
    return repos.educationLevels.all();
  }

  @FieldResolver(() => [Career], {
    description: 'Careers whose typical entry-level education is this level, by title.',
  })
  @FanOut(60)
  careers(
    @Root() level: Pick<EducationLevel, 'code'>,
    @Ctx() { loaders }: EducationContext,
  ): Promise<CareerRecord[]> {
    return loaders.educationLevelCareers.load(level.code);
  }
}
