import { Field, ObjectType } from 'type-graphql';
import { Career, type CareerRecord } from '../graph-model/career.type';
import { Credential } from '../graph-model/credential.type';
import { EducationLevel } from '../graph-model/education-level.type';
import { Trait } from '../graph-model/trait.type';
import { FanOut } from '../shared/fan-out';

/** What one compared career asks that another does not (see compare-gap.ts). */
export interface CareerGapRecord {
  career: CareerRecord;
  comparedWith: CareerRecord;
  education: EducationLevel | null;
  license: boolean;
  credentials: Credential[];
  traits: Trait[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'What one compared career asks that another does not: education, a licence, credentials, traits.',
})
export class CareerGap {
  @Field(() => Career, { description: 'The career that asks it.' })
  career!: CareerRecord;

  @Field(() => Career, { description: 'The career it is compared with.' })
  comparedWith!: CareerRecord;

  @Field(() => EducationLevel, {
    nullable: true,
    description:
      "The career's typical entry-level education when it is higher than the other's; null when it is not, or when either is unknown.",
  })
  education!: EducationLevel | null;

  @Field({
    description:
      "True when the career needs a licence the other does not: its licensure is REQUIRED and the other's is not, or it requires a license credential the other does not require.",
  })
  license!: boolean;

  @Field(() => [Credential], {
    description:
      'Credentials the career requires (in all or some states) or prefers that the other does not list at all, required ones first.',
  })
  // A career's credentials list (career-lists.ts) averages well under its fan-out of 7.
  @FanOut(7)
  credentials!: Credential[];

  @Field(() => [Trait], { description: 'Traits the career has that the other does not.' })
  // At most a career's traits (its list's fan-out).
  @FanOut(11)
  traits!: Trait[];
}
