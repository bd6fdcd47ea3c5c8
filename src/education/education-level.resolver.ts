import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Career, type CareerRecord } from '../career/career.type';
import { EducationLevel } from './education-level.type';

@Resolver(() => EducationLevel)
export class EducationLevelResolver {
  @Query(() => [EducationLevel], { description: 'The education levels, lowest first.' })
  educationLevels(@Ctx() { repos }: Context): Promise<EducationLevel[]> {
    return repos.catalog.educationLevels();
  }

  @FieldResolver(() => [Career], {
    description: 'Careers whose typical entry-level education is this level, by title.',
  })
  careers(@Root() level: EducationLevel, @Ctx() { loaders }: Context): Promise<CareerRecord[]> {
    return loaders.educationLevelCareers.load(level.code);
  }
}
