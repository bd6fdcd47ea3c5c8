import { Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { EducationLevelCode } from '../../common/enums';
import { SHAPE_LIMITS } from '../../config';
import { Career, type CareerRecord } from '../graph-model/career.type';
import { Credential } from '../graph-model/credential.type';
import { EducationLevel } from '../graph-model/education-level.type';
import {
  DerivedFact,
  STEP_CREDENTIALS_DESCRIPTION,
  STEP_DERIVED_DESCRIPTION,
  STEP_CREDENTIALS_FAN_OUT,
  STEP_DERIVED_FROM_DESCRIPTION,
  STEP_DERIVED_FROM_FAN_OUT,
  STEP_EDUCATION_DESCRIPTION,
} from '../graph-model/career-relations.type';
import { FanOut } from '../shared/fan-out';
import type { StepAddsRecord } from './step-adds';
import { MoveKind } from './career-moves';

registerEnumType(MoveKind, {
  name: 'MoveKind',
  description: 'How career-pathway services label a move between careers.',
  valuesConfig: {
    ADVANCEMENT: { description: 'Along an advancement step a source states (ADVANCES_TO).' },
    LATERAL_MOVE: {
      description:
        "To a similar occupation (the OOH's list) with the same entry education: no new education.",
    },
    SIMILAR_CAREER: {
      description: 'To any other similar occupation (other or unknown entry education).',
    },
  },
});

@InputType({ description: 'What every step of a move must respect.' })
export class MoveConstraints {
  @Field(() => Boolean, {
    nullable: true,
    description:
      "No step may add a licence: a REQUIRED licence credential, or licensure REQUIRED where the previous career's is not.",
  })
  noNewLicense?: boolean | null;

  @Field(() => EducationLevelCode, {
    nullable: true,
    description:
      'No career on the way (the origin aside) may need entry education above this level, nor any step state more.',
  })
  educationAtMost?: EducationLevelCode | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "The destination's median annual pay is at least this (US dollars); careers of unknown pay are left out.",
  })
  minMedianPay?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: "Also step along the OOH's similar occupations, not only stated advancements.",
  })
  includeSimilar?: boolean | null;
}

@ObjectType({ simpleResolvers: true, description: 'What a step, or a whole move, adds.' })
export class StepAdds {
  @Field(() => EducationLevel, { nullable: true, description: STEP_EDUCATION_DESCRIPTION })
  education!: EducationLevel | null;

  @Field(() => [Credential], { description: STEP_CREDENTIALS_DESCRIPTION })
  @FanOut(STEP_CREDENTIALS_FAN_OUT)
  credentials!: Credential[];

  @Field({
    description:
      "True when the step adds a licence: a LICENSE credential, or licensure REQUIRED where the previous career's is not.",
  })
  license!: boolean;

  @Field({ description: STEP_DERIVED_DESCRIPTION })
  derived!: boolean;

  @Field(() => [DerivedFact], { description: STEP_DERIVED_FROM_DESCRIPTION })
  @FanOut(STEP_DERIVED_FROM_FAN_OUT)
  derivedFrom!: DerivedFact[];
}

/** A step of a move as the API reads it; its adds resolve education and credentials by loader. */
export interface MoveStepRecord {
  from: CareerRecord;
  to: CareerRecord;
  kind: MoveKind;
  note: string | null;
  source: string | null;
  adds: StepAddsRecord;
}

export interface CareerMoveRecord {
  career: CareerRecord;
  kind: MoveKind;
  payGain: number | null;
  steps: MoveStepRecord[];
  adds: StepAddsRecord;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One step of a move, from one career to the next.',
})
export class MoveStep {
  @Field(() => Career, { description: 'Career the step starts from.' })
  from!: CareerRecord;

  @Field(() => Career, { description: 'Career the step leads to.' })
  to!: CareerRecord;

  @Field(() => MoveKind, { description: 'Advancement, lateral move or similar career.' })
  kind!: MoveKind;

  @Field(() => String, {
    nullable: true,
    description: "The source's words on the step, when it is an advancement.",
  })
  note!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'URL of the source of the step: the page stating the advancement, or the OOH page listing the similar occupation.',
  })
  source!: string | null;

  @Field(() => StepAdds, { description: 'What this step adds.' })
  adds!: StepAddsRecord;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A career reachable from another, the steps that reach it and what they add.',
})
export class CareerMove {
  @Field(() => Career, { description: 'The destination.' })
  career!: CareerRecord;

  @Field(() => MoveKind, {
    description:
      'ADVANCEMENT if any step is one, else LATERAL_MOVE if every step is one, else SIMILAR_CAREER.',
  })
  kind!: MoveKind;

  @Field(() => Float, {
    nullable: true,
    description:
      "The destination's median annual pay minus the origin's, US dollars; null when either is unknown or the origin's is top-coded (a floor). When the destination's is top-coded, this is a floor too.",
  })
  payGain!: number | null;

  @Field(() => [MoveStep], { description: 'The steps, in order from the origin (1–3).' })
  @FanOut(SHAPE_LIMITS.maxMoveSteps)
  steps!: MoveStepRecord[];

  @Field(() => StepAdds, {
    description:
      'Everything the move adds: the highest education any step needs, every credential any step adds, a licence if any step adds one.',
  })
  adds!: StepAddsRecord;
}
