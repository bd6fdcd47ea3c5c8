import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { TraitKind } from '../../common/enums';
import { EducationLevel, EducationOption } from '../graph-model/education-level.type';
import { CareerSetting } from '../graph-model/setting.type';
import { CareerCredential } from '../graph-model/credential.type';
import { Trait } from '../graph-model/trait.type';
import { Source } from '../graph-model/source.type';
import { Career, type CareerRecord } from '../graph-model/career.type';
import {
  AdvancementStep,
  CareerFamily,
  IndustryPay,
  type AdvancementRecord,
} from '../graph-model/career-relations.type';
import { checkSlug } from '../shared/arguments';
import { FanOut } from '../shared/fan-out';
import { below, selectionOf } from '../shared/selection';
import { CareerConnection } from './career-connection.type';
import { CareersArgs } from './career.inputs';
import type { CareerContext } from './career.loaders';
import { CAREER_LISTS, SIMILAR } from './career-lists';
import { careerProjection, selectsAnyList } from './career-projection';

/** Career by slug, the careers page, and a career's relations (its figures: career-figures). */
@Resolver(() => Career)
export class CareerResolver {
  @Query(() => Career, {
    nullable: true,
    description: 'One career by slug; null when there is none.',
  })
  career(
    @Arg('slug', () => ID, { description: 'Slug, e.g. `medical-records-specialists`.' })
    slug: string,
    @Ctx() { loaders }: CareerContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CareerRecord | null> {
    // Look-ahead: the nested lists asked for come in the career's own statement, with only the
    // selected fields. Without lists, the whole career through the request's shared loader.
    const projection = careerProjection(selectionOf(info));
    const loader = selectsAnyList(projection)
      ? loaders.careerWithRelations(projection)
      : loaders.careerBySlug;
    return loader.load(checkSlug(slug));
  }

  @Query(() => CareerConnection, {
    description:
      'Careers matching a filter, sorted and paged (filtering, sorting and paging run in the database).',
  })
  careers(
    @Args() args: CareersArgs,
    @Ctx() { repos }: CareerContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CareerConnection> {
    // Look-ahead: the page's careers come with what their selection reads, lists included.
    return repos.careers.page(args, careerProjection(below(selectionOf(info), 'edges', 'node')));
  }

  @FieldResolver(() => EducationLevel, {
    nullable: true,
    description: 'Typical entry-level education (BLS).',
  })
  entryEducation(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
  ): Promise<EducationLevel | null> {
    return loaders.entryEducation.load(c.slug);
  }

  @FieldResolver(() => [EducationOption], {
    description: 'Education levels the career can be entered or progressed with, lowest first.',
  })
  @FanOut(4)
  educationOptions(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
  ): Promise<EducationOption[]> {
    return loaders.educationOptions.load(c.slug);
  }

  @FieldResolver(() => [CareerSetting], {
    description: 'Where the career works, largest share of jobs first.',
  })
  @FanOut(CAREER_LISTS.settings.fanOut)
  settings(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
  ): CareerSetting[] | Promise<CareerSetting[]> {
    return loaders.list(c, CAREER_LISTS.settings);
  }

  @FieldResolver(() => [CareerCredential], {
    description: 'Licenses, certifications and exams, required ones first.',
  })
  @FanOut(CAREER_LISTS.credentials.fanOut)
  credentials(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
  ): CareerCredential[] | Promise<CareerCredential[]> {
    return loaders.list(c, CAREER_LISTS.credentials);
  }

  @FieldResolver(() => [Trait], {
    description: 'Important qualities, working conditions and schedules.',
  })
  @FanOut(CAREER_LISTS.traits.fanOut)
  async traits(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
    @Arg('kind', () => TraitKind, { nullable: true, description: 'Only traits of this kind.' })
    kind?: TraitKind,
  ): Promise<Trait[]> {
    const traits = await loaders.list(c, CAREER_LISTS.traits);
    return kind ? traits.filter((t) => t.kind === kind) : traits;
  }

  @FieldResolver(() => [Source], { description: "Sources of the career's facts." })
  @FanOut(CAREER_LISTS.sources.fanOut)
  sources(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
  ): Source[] | Promise<Source[]> {
    return loaders.list(c, CAREER_LISTS.sources);
  }

  @FieldResolver(() => CareerFamily, {
    nullable: true,
    description: 'The OOH page this career shares with others, if it does.',
  })
  family(@Root() c: CareerRecord, @Ctx() { loaders }: CareerContext): Promise<CareerFamily | null> {
    return loaders.family.load(c.slug);
  }

  @FieldResolver(() => [Career], {
    description: "The OOH's similar occupations that are in the graph.",
  })
  @FanOut(SIMILAR.fanOut)
  similarOccupations(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
  ): CareerRecord[] | Promise<CareerRecord[]> {
    return loaders.similarOccupations(c);
  }

  @FieldResolver(() => [AdvancementStep], {
    description: 'Careers this one can advance to, as sources state.',
  })
  @FanOut(4)
  advancesTo(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
  ): Promise<AdvancementRecord[]> {
    return loaders.advancesTo.load(c.slug);
  }

  @FieldResolver(() => [AdvancementStep], { description: 'Careers that can advance to this one.' })
  @FanOut(4)
  advancesFrom(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
  ): Promise<AdvancementRecord[]> {
    return loaders.advancesFrom.load(c.slug);
  }

  @FieldResolver(() => [IndustryPay], { description: 'Median pay by industry, highest first.' })
  @FanOut(5)
  payByIndustry(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
  ): Promise<IndustryPay[]> {
    return loaders.industryPay.load(c.slug);
  }
}
