import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EDUCATION_LEVEL, LICENSURE } from '../../shared/vocabulary';
import { FanOut } from '../shared/fan-out';

@ObjectType({
  simpleResolvers: true,
  description: 'One choice of a facet, and how many careers choosing it would leave.',
})
export class FacetCount {
  @Field(() => ID, {
    description:
      'The value to put in the filter: a LicensureRequirement or EducationLevelCode name, or a setting, trait or credential id.',
  })
  value!: string;

  @Field({ description: 'Its name for people (a credential by its acronym when it has one).' })
  label!: string;

  @Field(() => Int, { description: 'Careers it would leave (at least 1).' })
  count!: number;
}

/**
 * The lists' fan-outs are the most choices each can hold: the vocabularies' sizes, and the
 * seeded graph's settings (25), traits (43) and credentials (65), a little above.
 */
@ObjectType({
  simpleResolvers: true,
  description:
    "How many careers each choice of each facet would leave. A facet's counts use the filter without that facet's own fields, so another choice of the same facet shows its own count; every other field of the filter applies. Choices that would leave no career are left out; each list is ordered by count (highest first), then label, except entryEducation, which goes by level.",
})
export class CareerFacets {
  @Field(() => Int, { description: 'Careers matching the whole filter.' })
  total!: number;

  @Field(() => [FacetCount], {
    description: "Careers per licensure status (without the filter's `licensure`).",
  })
  @FanOut(LICENSURE.values.length)
  licensure!: FacetCount[];

  @Field(() => [FacetCount], {
    description:
      "Careers whose typical entry-level education is each level, lowest level first (without the filter's `entryEducation`).",
  })
  @FanOut(EDUCATION_LEVEL.values.length)
  entryEducation!: FacetCount[];

  @Field(() => [FacetCount], {
    description:
      "Careers working in each setting (without the filter's `worksIn.any` and `worksIn.all`; its `minSharePct` still applies: a career counts for a setting when its share of jobs there is at least that).",
  })
  @FanOut(30)
  settings!: FacetCount[];

  @Field(() => [FacetCount], {
    description: "Careers with each trait (without the filter's `traits`).",
  })
  @FanOut(50)
  traits!: FacetCount[];

  @Field(() => [FacetCount], {
    description:
      "Careers linked to each credential (without the filter's `credentials` and `hasCertification`).",
  })
  @FanOut(70)
  credentials!: FacetCount[];
}
