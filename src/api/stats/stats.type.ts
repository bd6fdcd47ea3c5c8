import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LicensureRequirement } from '../../common/enums';
import { EducationLevel } from '../graph-model/education-level.type';
import { Setting } from '../graph-model/setting.type';

@ObjectType({
  simpleResolvers: true,
  description: 'Median pay across careers with one typical entry-level education.',
})
export class PayByEducation {
  @Field(() => EducationLevel, { description: 'The education level.' })
  level!: EducationLevel;

  @Field(() => Int, { description: 'Careers with this entry-level education.' })
  careerCount!: number;

  @Field(() => Int, { description: 'Of those, careers with a known median pay.' })
  careersWithPay!: number;

  @Field(() => Float, { nullable: true, description: 'Lowest career median pay, US dollars.' })
  min!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Median of the careers' median pay (top-coded figures count at their floor).",
  })
  median!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Highest career median pay (may be a floor).',
  })
  max!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'Number of careers employed in a setting.' })
export class SettingCount {
  @Field(() => Setting, { description: 'The setting.' })
  setting!: Setting;

  @Field(() => Int, { description: 'Careers with jobs there.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Number of careers with a licensure status.' })
export class LicensureCount {
  @Field(() => LicensureRequirement, { description: 'The status.' })
  licensure!: LicensureRequirement;

  @Field(() => Int, { description: 'Careers with that status.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Aggregates over the whole graph.' })
export class GraphStats {
  @Field(() => Int, { description: 'Number of careers.' })
  careerCount!: number;

  @Field(() => [PayByEducation], {
    description: 'Pay spread per entry-level education, lowest level first.',
  })
  medianPayByEntryEducation!: PayByEducation[];

  @Field(() => [SettingCount], { description: 'Careers per setting, most first.' })
  careersPerSetting!: SettingCount[];

  @Field(() => [LicensureCount], { description: 'Careers per licensure status, most first.' })
  careersPerLicensure!: LicensureCount[];
}
