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

@ObjectType({
  simpleResolvers: true,
  description:
    'A fact that a derived part of a step rests on, e.g. fact `entryEducation of medical-and-health-services-managers`, value `BACHELORS_DEGREE`.',
})
export class DerivedFact {
  @Field({
    description:
      'Which fact: `entryEducation of <slug>`, `requiredCredential of <slug>` or `licensure of <slug>`.',
  })
  fact!: string;

  @Field({
    description: 'Its value: an EducationLevelCode, a credential id or a LicensureRequirement.',
  })
  value!: string;

  @Field({ description: 'URL of the source of the fact.' })
  source!: string;
}

/**
 * An ADVANCES_TO edge as the API reads it: the other career, what the source states the step
 * needs, and the slugs of both ends (the step rule reads both careers' facts).
 */
export interface AdvancementRecord {
  career: CareerRecord;
  fromSlug: string;
  toSlug: string;
  credentialIds: string[] | null;
  educationCode: string | null;
  note: string | null;
  source: string;
}

/**
 * The descriptions of what a step adds, shared by every step type (AdvancementStep, PathStep,
 * StepAdds): one rule fills them all (src/api/explore/step-adds.ts).
 */
export const STEP_EDUCATION_DESCRIPTION =
  "Education the step needs: the level its source states or, when the source states none, the next career's entry education where it is above the previous one's (derived); null when none.";
export const STEP_CREDENTIALS_DESCRIPTION =
  'Credentials the step adds: those its source states or, when the source states none, those the next career requires and the previous one does not (derived).';
export const STEP_DERIVED_DESCRIPTION =
  "True when some of what the step adds is not stated by its source but derived from the careers' entry education, required credentials or licensure (see derivedFrom); false when all of it is stated, or it adds nothing.";
/**
 * Fan-outs of what a step adds (see shared/fan-out.ts). A career requires at most 2 credentials
 * in the seeded graph, so a step adds at most 2 and a move of up to 3 steps at most 6; a step's
 * derived facts are at most 2 entry levels, its credentials and 2 licensures.
 */
export const STEP_CREDENTIALS_FAN_OUT = 6;
export const STEP_DERIVED_FROM_FAN_OUT = 6;
export const STEP_DERIVED_FROM_DESCRIPTION =
  'The facts the derived parts rest on, each with its source; empty when nothing is derived.';

@ObjectType({
  simpleResolvers: true,
  description: 'A step from one career to another, as a source states it.',
})
export class AdvancementStep {
  @Field(() => Career, { description: 'The career at the other end of the step.' })
  career!: CareerRecord;

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
