import { SHAPE_LIMITS } from '../../config';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PeerGroup, TraitKind } from '../../common/enums';
import { EducationLevel, EducationOption } from '../graph-model/education-level.type';
import { CareerSetting } from '../graph-model/setting.type';
import { CareerCredential, Credential } from '../graph-model/credential.type';
import { Trait } from '../graph-model/trait.type';
import { Source } from '../graph-model/source.type';
import { Career, MedianPay, PayPercentiles, type CareerRecord } from '../graph-model/career.type';
import {
  AdvancementStep,
  CareerFamily,
  GrowthComparison,
  IndustryPay,
  PayRank,
  type AdvancementRecord,
} from '../graph-model/career-relations.type';
import { CareerConnection } from './career-connection.type';
import { CareerFilter, CareerSort } from './career.inputs';
import { NATIONAL_GROWTH_PCT } from './national-average';
import { checkSlug } from '../shared/arguments';
import { loadCredentials, type CredentialLoaders } from '../credential/credential.loaders';
import { loadEducation, type EducationLoaders } from '../education/education.loaders';
import type { CareerContext } from './career.loaders';
import { below, selectionOf } from '../shared/selection';
import { careerProjection, selectsAnyList } from './career-projection';
import { prefetchedOr } from '../shared/prefetched';
import type { GraphQLResolveInfo } from 'graphql';

@ArgsType()
export class CareersArgs {
  @Field(() => CareerFilter, { nullable: true, description: 'Conditions careers must meet.' })
  filter?: CareerFilter;

  @Field(() => [CareerSort], {
    nullable: true,
    description: 'Sort keys, first one first; default TITLE ASC. Ties always break by slug.',
  })
  sort?: CareerSort[];

  @Field(() => Int, {
    nullable: true,
    description: `Page size, 0–${SHAPE_LIMITS.maxPageSize}; default ${SHAPE_LIMITS.defaultPageSize}.`,
  })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor to continue after (pageInfo.endCursor).',
  })
  after?: string;
}

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
  async careers(
    @Args() args: CareersArgs,
    @Ctx() { repos, loaders }: CareerContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CareerConnection> {
    // Look-ahead: only the selected properties, and the page's nested lists in one more
    // statement whatever the page size; its careers, lists attached, become the page's nodes.
    const projection = careerProjection(below(selectionOf(info), 'edges', 'node'));
    if (!selectsAnyList(projection)) return repos.careers.page(args, projection.career);
    const page = await repos.careers.page(args, ['slug']);
    if (page.edges.length === 0) return page;
    const found = await loaders
      .careerWithRelations(projection)
      .loadMany(page.edges.map((e) => e.node.slug));
    return {
      ...page,
      edges: page.edges.map((edge, i) => {
        const node = found[i];
        if (node instanceof Error) throw node;
        // Gone between the two statements (a reload of the graph): say so, never a half career.
        if (!node) throw new Error(`career ${edge.node.slug} vanished while its page was read`);
        return { ...edge, node };
      }),
    };
  }

  @FieldResolver(() => MedianPay, {
    nullable: true,
    description: 'Median pay, May 2024; null when unknown.',
  })
  medianPay(@Root() c: CareerRecord): MedianPay | null {
    if (c.medianPayAnnual == null && c.medianPayHourly == null) return null;
    return {
      annual: c.medianPayAnnual ?? null,
      hourly: c.medianPayHourly ?? null,
      isLowerBound: c.medianPayIsLowerBound ?? false,
    };
  }

  @FieldResolver(() => PayPercentiles, {
    nullable: true,
    description: 'The 10th and 90th percentile annual wages; null when unknown.',
  })
  payPercentiles(@Root() c: CareerRecord): PayPercentiles | null {
    if (c.payPct10Annual == null && c.payPct90Annual == null) return null;
    return {
      p10: c.payPct10Annual ?? null,
      p90: c.payPct90Annual ?? null,
      p90IsLowerBound: c.payPct90IsLowerBound ?? false,
    };
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
  educationOptions(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
  ): Promise<EducationOption[]> {
    return loaders.educationOptions.load(c.slug);
  }

  @FieldResolver(() => [CareerSetting], {
    description: 'Where the career works, largest share of jobs first.',
  })
  settings(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
  ): CareerSetting[] | Promise<CareerSetting[]> {
    return prefetchedOr(c, 'settings', () => loaders.settings.load(c.slug));
  }

  @FieldResolver(() => [CareerCredential], {
    description: 'Licenses, certifications and exams, required ones first.',
  })
  credentials(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
  ): CareerCredential[] | Promise<CareerCredential[]> {
    return prefetchedOr(c, 'credentials', () => loaders.credentials.load(c.slug));
  }

  @FieldResolver(() => [Trait], {
    description: 'Important qualities, working conditions and schedules.',
  })
  async traits(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
    @Arg('kind', () => TraitKind, { nullable: true, description: 'Only traits of this kind.' })
    kind?: TraitKind,
  ): Promise<Trait[]> {
    const traits = await prefetchedOr(c, 'traits', () => loaders.traits.load(c.slug));
    return kind ? traits.filter((t) => t.kind === kind) : traits;
  }

  @FieldResolver(() => [Source], { description: "Sources of the career's facts." })
  sources(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
  ): Source[] | Promise<Source[]> {
    return prefetchedOr(c, 'sources', () => loaders.sources.load(c.slug));
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
  similarOccupations(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
  ): CareerRecord[] | Promise<CareerRecord[]> {
    return prefetchedOr(c, 'similarOccupations', () => loaders.similarOccupations.load(c.slug));
  }

  @FieldResolver(() => [AdvancementStep], {
    description: 'Careers this one can advance to, as sources state.',
  })
  advancesTo(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
  ): Promise<AdvancementRecord[]> {
    return loaders.advancesTo.load(c.slug);
  }

  @FieldResolver(() => [AdvancementStep], { description: 'Careers that can advance to this one.' })
  advancesFrom(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
  ): Promise<AdvancementRecord[]> {
    return loaders.advancesFrom.load(c.slug);
  }

  @FieldResolver(() => [IndustryPay], { description: 'Median pay by industry, highest first.' })
  payByIndustry(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
  ): Promise<IndustryPay[]> {
    return loaders.industryPay.load(c.slug);
  }

  @FieldResolver(() => GrowthComparison, {
    nullable: true,
    description: `Projected growth against all occupations (${NATIONAL_GROWTH_PCT} % for 2024–34); null when growth is unknown.`,
  })
  growthVsNationalAverage(@Root() c: CareerRecord): GrowthComparison | null {
    if (c.projectedGrowthPct == null) return null;
    const difference = c.projectedGrowthPct - NATIONAL_GROWTH_PCT;
    return {
      careerPct: c.projectedGrowthPct,
      nationalPct: NATIONAL_GROWTH_PCT,
      differencePct: difference,
      isAboveAverage: difference > 0,
    };
  }

  @FieldResolver(() => PayRank, {
    nullable: true,
    description: "Rank of the career's median pay among peers; null when its pay is unknown.",
  })
  async payRank(
    @Root() c: CareerRecord,
    @Ctx() { loaders }: CareerContext,
    @Arg('peerGroup', () => PeerGroup, {
      defaultValue: PeerGroup.SAME_ENTRY_EDUCATION,
      description: 'Careers to rank against.',
    })
    peerGroup: PeerGroup,
  ): Promise<PayRank | null> {
    const rank = await loaders.payRank({ peerGroup }).load(c.slug);
    return rank ? { ...rank, peerGroup } : null;
  }
}

/** An advancement step resolves what it needs through the credential and education loaders. */
interface AdvancementStepContext {
  loaders: CredentialLoaders & EducationLoaders;
}

@Resolver(() => AdvancementStep)
export class AdvancementStepResolver {
  @FieldResolver(() => [Credential], { description: 'Credentials the step needs.' })
  credentials(
    @Root() step: AdvancementRecord,
    @Ctx() { loaders }: AdvancementStepContext,
  ): Promise<Credential[]> {
    return loadCredentials(loaders, step.credentialIds);
  }

  @FieldResolver(() => EducationLevel, {
    nullable: true,
    description: 'Education the step needs, if stated.',
  })
  education(
    @Root() step: AdvancementRecord,
    @Ctx() { loaders }: AdvancementStepContext,
  ): Promise<EducationLevel | null> {
    return loadEducation(loaders, step.educationCode);
  }
}
