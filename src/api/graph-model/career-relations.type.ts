import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PeerGroup } from '../../common/enums';
import { EducationLevel } from './education-level.type';
import { Credential } from './credential.type';
import { Career, type CareerRecord } from './career.type';

@ObjectType({
  simpleResolvers: true,
  description: 'One OOH page that covers several occupations, each a career of its own.',
})
export class CareerFamily {
  @Field({ description: 'Kebab-case id of the page.' })
  slug!: string;

  @Field({ description: 'Title of the page.' })
  title!: string;

  @Field({ description: 'URL of the OOH page.' })
  source!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Median annual pay of a career in one industry, May 2024.',
})
export class IndustryPay {
  @Field({ description: 'Industry as the OOH names it.' })
  industry!: string;

  @Field(() => Float, { nullable: true, description: 'Median annual wage, US dollars.' })
  medianAnnual!: number | null;

  @Field({ description: 'True when the figure is top-coded: a floor, not the median.' })
  isLowerBound!: boolean;

  @Field({ description: 'URL of the source of this fact.' })
  source!: string;
}

/** An ADVANCES_TO edge as the API reads it: the other career, and what the step needs. */
export interface AdvancementRecord {
  career: CareerRecord;
  credentialIds: string[] | null;
  educationCode: string | null;
  note: string | null;
  source: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A step from one career to another, as a source states it.',
})
export class AdvancementStep {
  @Field(() => Career, { description: 'The career at the other end of the step.' })
  career!: CareerRecord;

  @Field(() => [Credential], { description: 'Credentials the step needs.' })
  credentials!: Credential[];

  @Field(() => EducationLevel, {
    nullable: true,
    description: 'Education the step needs, if stated.',
  })
  education!: EducationLevel | null;

  @Field(() => String, { nullable: true, description: 'What the step involves, in brief.' })
  note!: string | null;

  @Field({ description: 'URL of the source stating the step.' })
  source!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: "A career's projected growth against the national average for all occupations.",
})
export class GrowthComparison {
  @Field(() => Float, { description: "The career's projected growth 2024–34, percent." })
  careerPct!: number;

  @Field(() => Float, {
    description: 'Projected growth of all occupations 2024–34, percent (OOH: 3).',
  })
  nationalPct!: number;

  @Field(() => Float, { description: 'careerPct − nationalPct, in percentage points.' })
  differencePct!: number;

  @Field({ description: 'True when the career grows faster than the national average.' })
  isAboveAverage!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: "Where a career's median pay ranks among its peers (1 = highest paid).",
})
export class PayRank {
  @Field(() => PeerGroup, { description: 'The peer group ranked against.' })
  peerGroup!: PeerGroup;

  @Field(() => Int, { description: 'Rank by median annual pay, 1 = highest.' })
  rank!: number;

  @Field(() => Int, { description: 'Number of peers with known pay, the career included.' })
  of!: number;

  @Field(() => Float, {
    description: 'Percent of the other peers paid less (0–100; 100 = top of the group).',
  })
  percentile!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Median of the peers' median pay, US dollars.",
  })
  peerMedianPay!: number | null;
}
