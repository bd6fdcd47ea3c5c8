import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SHAPE_LIMITS } from '../../config';
import { EducationLevelCode, LicensureRequirement } from '../../common/enums';

@InputType({ description: 'Bounds on the typical entry-level education (inclusive).' })
export class EducationRange {
  @Field(() => EducationLevelCode, { nullable: true, description: 'Highest level allowed.' })
  atMost?: EducationLevelCode;

  @Field(() => EducationLevelCode, { nullable: true, description: 'Lowest level allowed.' })
  atLeast?: EducationLevelCode;
}

@InputType({ description: 'Work settings a career must employ people in.' })
export class WorksInFilter {
  @Field(() => [ID], { nullable: true, description: 'At least one of these setting ids.' })
  any?: string[];

  @Field(() => [ID], { nullable: true, description: 'Every one of these setting ids.' })
  all?: string[];

  @Field(() => Float, {
    nullable: true,
    description:
      "Minimum percent of the career's jobs in each named setting (its OOH categories summed). Settings with no known share do not count.",
  })
  minSharePct?: number;
}

@InputType({ description: 'Traits a career must have, or must not have.' })
export class TraitsFilter {
  @Field(() => [ID], {
    nullable: true,
    description: 'The career has every one of these trait ids.',
  })
  all?: string[];

  @Field(() => [ID], { nullable: true, description: 'The career has none of these trait ids.' })
  none?: string[];
}

@InputType({ description: 'Credentials a career must, or must not, be linked to.' })
export class CredentialsFilter {
  @Field(() => [ID], { nullable: true, description: 'At least one of these credential ids.' })
  any?: string[];

  @Field(() => [ID], { nullable: true, description: 'None of these credential ids.' })
  none?: string[];
}

@InputType({ description: 'An inclusive numeric range; either end may be left open.' })
export class FloatRange {
  @Field(() => Float, { nullable: true, description: 'Lowest value allowed.' })
  min?: number;

  @Field(() => Float, { nullable: true, description: 'Highest value allowed.' })
  max?: number;
}

@InputType({
  description:
    'Conditions on careers. Fields combine with AND; use `or` and `not` for the rest. Unknown figures never match a range.',
})
export class CareerFilter {
  @Field(() => [LicensureRequirement], {
    nullable: true,
    description:
      'Licensure status is one of these, e.g. [NOT_REQUIRED] for careers without a license.',
  })
  licensure?: LicensureRequirement[];

  @Field(() => EducationRange, { nullable: true, description: 'Typical entry-level education.' })
  entryEducation?: EducationRange;

  @Field(() => WorksInFilter, { nullable: true, description: 'Work settings.' })
  worksIn?: WorksInFilter;

  @Field(() => TraitsFilter, { nullable: true, description: 'Important qualities and conditions.' })
  traits?: TraitsFilter;

  @Field(() => CredentialsFilter, { nullable: true, description: 'Licenses and certifications.' })
  credentials?: CredentialsFilter;

  @Field({
    nullable: true,
    description: 'True: at least one certification is linked to the career; false: none is.',
  })
  hasCertification?: boolean;

  @Field(() => FloatRange, {
    nullable: true,
    description:
      'Median annual pay in US dollars. A top-coded median (a floor) matches `min` but never `max`, since its true value is unknown.',
  })
  medianPay?: FloatRange;

  @Field(() => FloatRange, { nullable: true, description: 'Projected growth 2024–34, percent.' })
  projectedGrowthPct?: FloatRange;

  @Field({
    nullable: true,
    description: 'True: projected to grow faster than all occupations (3 %); false: not faster.',
  })
  growthAboveNationalAverage?: boolean;

  @Field({
    nullable: true,
    description: 'Full-text match on title and summary; typed words, Lucene syntax is escaped.',
  })
  text?: string;

  @Field(() => [CareerFilter], { nullable: true, description: 'Every one of these filters holds.' })
  and?: CareerFilter[];

  @Field(() => [CareerFilter], {
    nullable: true,
    description: 'At least one of these filters holds.',
  })
  or?: CareerFilter[];

  @Field(() => CareerFilter, { nullable: true, description: 'This filter does not hold.' })
  not?: CareerFilter;
}

export enum CareerSortField {
  TITLE = 'TITLE',
  MEDIAN_PAY = 'MEDIAN_PAY',
  PROJECTED_GROWTH = 'PROJECTED_GROWTH',
  JOBS = 'JOBS',
  OPENINGS = 'OPENINGS',
}
registerEnumType(CareerSortField, {
  name: 'CareerSortField',
  description: 'What to sort careers by. Careers with an unknown value come last either way.',
  valuesConfig: {
    TITLE: { description: 'Title, alphabetically.' },
    MEDIAN_PAY: { description: 'Median annual pay.' },
    PROJECTED_GROWTH: { description: 'Projected growth 2024–34, percent.' },
    JOBS: { description: 'Number of jobs in 2024.' },
    OPENINGS: { description: 'Projected openings each year.' },
  },
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Sort order.',
  valuesConfig: {
    ASC: { description: 'Smallest (or A) first.' },
    DESC: { description: 'Largest (or Z) first.' },
  },
});

@InputType({ description: 'One sort key; later keys break ties of earlier ones.' })
export class CareerSort {
  @Field(() => CareerSortField, { description: 'What to sort by.' })
  field!: CareerSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Sort order.' })
  direction!: SortDirection;
}

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
