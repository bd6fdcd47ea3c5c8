import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LicensureRequirement } from '../../common/enums';

/** A Career node's properties as Neo4j returns them; absent figures are undefined or null. */
export interface CareerRecord {
  slug: string;
  title: string;
  socCodes: string[];
  summary: string;
  oohUrl: string;
  medianPayAnnual?: number | null;
  medianPayHourly?: number | null;
  medianPayIsLowerBound?: boolean | null;
  payPct10Annual?: number | null;
  payPct90Annual?: number | null;
  payPct90IsLowerBound?: boolean | null;
  noPayReason?: string | null;
  workExperience?: string | null;
  onTheJobTraining?: string | null;
  jobs2024?: number | null;
  projectedEmployment2034?: number | null;
  projectedGrowthPct?: number | null;
  growthDescription?: string | null;
  employmentChange?: number | null;
  annualOpenings?: number | null;
  licensure: LicensureRequirement;
  licensureScope?: string | null;
  noSettingsReason?: string | null;
  /** The OOH page's phrase for each evidenced fact (vocabulary.ts EVIDENCE_PROPERTY names them). */
  medianPayPhrase?: string | null;
  jobs2024Phrase?: string | null;
  projectedGrowthPhrase?: string | null;
  annualOpeningsPhrase?: string | null;
  entryEducationPhrase?: string | null;
  licensurePhrase?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Median pay, May 2024 (BLS).' })
export class MedianPay {
  @Field(() => Float, { nullable: true, description: 'Median annual wage in US dollars.' })
  annual!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median hourly wage in US dollars.' })
  hourly!: number | null;

  @Field({
    description:
      'True when BLS top-codes the median (e.g. "≥ $239,200" for physicians): the figure is a floor, not the median itself.',
  })
  isLowerBound!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'The spread of annual wages, May 2024 (BLS).' })
export class PayPercentiles {
  @Field(() => Float, { nullable: true, description: '10th percentile annual wage, US dollars.' })
  p10!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile annual wage, US dollars.' })
  p90!: number | null;

  @Field({ description: 'True when the 90th percentile is top-coded: a floor, not the value.' })
  p90IsLowerBound!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A healthcare career (occupation) from the BLS Occupational Outlook Handbook.',
})
export class Career implements CareerRecord {
  @Field(() => ID, { description: 'Kebab-case of the title, e.g. `medical-records-specialists`.' })
  slug!: string;

  @Field({ description: 'Title of the occupation.' })
  title!: string;

  @Field(() => [String], { description: 'Standard Occupational Classification codes.' })
  socCodes!: string[];

  @Field({ description: 'What the career is, in one sentence.' })
  summary!: string;

  @Field({ description: "The OOH page: read it for the career's full description." })
  oohUrl!: string;

  @Field(() => String, { nullable: true, description: 'Why pay is unknown, when it is.' })
  noPayReason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Work experience in a related occupation BLS says is typical to enter.',
  })
  workExperience!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'On-the-job training BLS says is typical to become competent.',
  })
  onTheJobTraining!: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of jobs in 2024.' })
  jobs2024!: number | null;

  @Field(() => Int, { nullable: true, description: 'Projected number of jobs in 2034.' })
  projectedEmployment2034!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Projected employment growth 2024–34, percent.',
  })
  projectedGrowthPct!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'BLS\'s words for the growth, e.g. "Much faster than average".',
  })
  growthDescription!: string | null;

  @Field(() => Int, { nullable: true, description: 'Projected change in jobs, 2024–34.' })
  employmentChange!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Projected openings each year, on average, 2024–34.',
  })
  annualOpenings!: number | null;

  @Field(() => LicensureRequirement, { description: 'Whether a state license is needed.' })
  licensure!: LicensureRequirement;

  @Field(() => String, {
    nullable: true,
    description: 'What the license covers, where one is needed.',
  })
  licensureScope!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why no work settings are known, when none are.',
  })
  noSettingsReason!: string | null;
}
