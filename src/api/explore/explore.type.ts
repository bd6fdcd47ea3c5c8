import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Career, type CareerRecord } from '../graph-model/career.type';
import { Credential } from '../graph-model/credential.type';
import { EducationLevel } from '../graph-model/education-level.type';
import { Setting } from '../graph-model/setting.type';
import { Trait } from '../graph-model/trait.type';
import {
  DerivedFact,
  STEP_CREDENTIALS_DESCRIPTION,
  STEP_DERIVED_DESCRIPTION,
  STEP_DERIVED_FROM_DESCRIPTION,
  STEP_EDUCATION_DESCRIPTION,
} from '../graph-model/career-relations.type';
import { FanOut } from '../shared/fan-out';
import { CareerGap, type CareerGapRecord } from './compare-gap.type';

export enum SimilarityBasis {
  SHARED_TRAITS = 'SHARED_TRAITS',
  SHARED_SETTINGS = 'SHARED_SETTINGS',
  SHARED_CREDENTIALS = 'SHARED_CREDENTIALS',
  OOH = 'OOH',
}
registerEnumType(SimilarityBasis, {
  name: 'SimilarityBasis',
  description: 'What makes two careers alike.',
  valuesConfig: {
    SHARED_TRAITS: {
      description: 'Traits in common: shared ÷ all distinct traits of the two (Jaccard, 0–1).',
    },
    SHARED_SETTINGS: {
      description:
        'Where they work: the overlap of their shares of jobs per setting (0–1; 1 = same spread).',
    },
    SHARED_CREDENTIALS: {
      description:
        'Credentials in common: shared ÷ all distinct credentials of the two (Jaccard, 0–1).',
    },
    OOH: {
      description:
        "The OOH's similar occupations: 1 when both pages list each other, 0.5 when one does.",
    },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: 'A trait, setting or credential two careers share.',
})
export class SharedItem {
  @Field(() => ID, { description: 'Id of the shared trait, setting or credential.' })
  id!: string;

  @Field({ description: 'Its name.' })
  name!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A career like another one, with why.' })
export class SimilarCareer {
  @Field(() => Career, { description: 'The similar career.' })
  career!: CareerRecord;

  @Field(() => Float, { description: 'How alike, 0–1; see SimilarityBasis for each measure.' })
  score!: number;

  @Field(() => SimilarityBasis, { description: 'The measure used.' })
  by!: SimilarityBasis;

  @Field(() => [SharedItem], {
    description: 'The shared items that explain the score (empty for OOH).',
  })
  shared!: SharedItem[];
}

/**
 * A step of a path as the API reads it: its careers, and what its source states it needs; what
 * it adds (credentials, education, derived) is the step rule's, resolved through loaders.
 */
export interface PathStepRecord {
  from: CareerRecord;
  to: CareerRecord;
  fromSlug: string;
  toSlug: string;
  credentialIds: string[] | null;
  educationCode: string | null;
  note: string | null;
  source: string;
}

@ObjectType({ simpleResolvers: true, description: 'One advancement step of a career path.' })
export class PathStep {
  @Field(() => Career, { description: 'Career the step starts from.' })
  from!: CareerRecord;

  @Field(() => Career, { description: 'Career the step leads to.' })
  to!: CareerRecord;

  @Field(() => [Credential], { description: STEP_CREDENTIALS_DESCRIPTION })
  credentials!: Credential[];

  @Field(() => EducationLevel, { nullable: true, description: STEP_EDUCATION_DESCRIPTION })
  education!: EducationLevel | null;

  @Field({ description: STEP_DERIVED_DESCRIPTION })
  derived!: boolean;

  @Field(() => [DerivedFact], { description: STEP_DERIVED_FROM_DESCRIPTION })
  derivedFrom!: DerivedFact[];

  @Field(() => String, { nullable: true, description: 'What the step involves, in brief.' })
  note!: string | null;

  @Field({ description: 'URL of the source stating the step.' })
  source!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'The shortest advancement path between two careers.',
})
export class CareerPath {
  @Field(() => Int, { description: 'Number of steps (0 when from and to are the same career).' })
  length!: number;

  @Field(() => [PathStep], { description: 'The steps, in order.' })
  steps!: PathStepRecord[];
}

export enum ComparedMetric {
  MEDIAN_PAY = 'MEDIAN_PAY',
  MEDIAN_HOURLY_PAY = 'MEDIAN_HOURLY_PAY',
  PROJECTED_GROWTH = 'PROJECTED_GROWTH',
  JOBS_2024 = 'JOBS_2024',
  ANNUAL_OPENINGS = 'ANNUAL_OPENINGS',
  ENTRY_EDUCATION_RANK = 'ENTRY_EDUCATION_RANK',
}
registerEnumType(ComparedMetric, {
  name: 'ComparedMetric',
  description: 'A figure compared across careers.',
  valuesConfig: {
    MEDIAN_PAY: { description: 'Median annual pay, US dollars.' },
    MEDIAN_HOURLY_PAY: { description: 'Median hourly pay, US dollars.' },
    PROJECTED_GROWTH: { description: 'Projected growth 2024–34, percent.' },
    JOBS_2024: { description: 'Number of jobs in 2024.' },
    ANNUAL_OPENINGS: { description: 'Projected openings each year.' },
    ENTRY_EDUCATION_RANK: { description: 'Rank of the typical entry-level education (0–7).' },
  },
});

@ObjectType({ simpleResolvers: true, description: "One career's value of a compared figure." })
export class MetricValue {
  @Field(() => ID, { description: 'Career slug.' })
  slug!: string;

  @Field(() => Float, { nullable: true, description: 'The value; null when unknown.' })
  value!: number | null;

  @Field({ description: 'True when the value is a floor (top-coded pay).' })
  isLowerBound!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: "value − the first career's value; null when either is unknown.",
  })
  differenceFromFirst!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A figure side by side across the compared careers.',
})
export class MetricComparison {
  @Field(() => ComparedMetric, { description: 'The figure.' })
  metric!: ComparedMetric;

  @Field(() => [MetricValue], { description: 'One value per career, in the order asked.' })
  values!: MetricValue[];

  @Field(() => ID, {
    nullable: true,
    description: 'Slug of the career with the highest known value.',
  })
  highest!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Slug of the career with the lowest known value.',
  })
  lowest!: string | null;

  @Field(() => Float, { nullable: true, description: 'Highest minus lowest known value.' })
  spread!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Careers side by side: their figures, differences and what they share.',
})
export class CareerComparison {
  @Field(() => [Career], { description: 'The careers, in the order asked.' })
  careers!: CareerRecord[];

  @Field(() => [MetricComparison], { description: 'Each figure across the careers.' })
  metrics!: MetricComparison[];

  @Field(() => [Setting], { description: 'Settings every compared career works in.' })
  sharedSettings!: Setting[];

  @Field(() => [Trait], { description: 'Traits every compared career has.' })
  sharedTraits!: Trait[];

  @Field(() => [Credential], { description: 'Credentials every compared career is linked to.' })
  sharedCredentials!: Credential[];

  @Field(() => [CareerGap], {
    description:
      'For each ordered pair of different compared careers, in the order asked (a with b, a with c, b with a, …): what the first asks that the second does not.',
  })
  // Two or three careers, as the explorer compares them, make 2 or 6 pairs; ten make 90, which
  // the response budget still bounds.
  @FanOut(6)
  gaps!: CareerGapRecord[];
}
