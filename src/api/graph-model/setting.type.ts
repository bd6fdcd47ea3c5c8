import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Career, type CareerRecord } from './career.type';

@ObjectType({
  description: 'A kind of workplace, e.g. hospitals or nursing and residential care facilities.',
})
export class Setting {
  @Field(() => ID, { description: 'Readable, stable id, e.g. `hospitals`.' })
  id!: string;

  @Field({ description: 'Name of the setting.' })
  name!: string;

  @Field({ description: 'What the setting covers.' })
  description!: string;
}

@ObjectType({ description: "A career's work in a setting, with the share of its jobs there." })
export class CareerSetting {
  @Field(() => Float, {
    nullable: true,
    description:
      "Percent of the career's jobs in this OOH employer category (null when the source gives no share).",
  })
  sharePct!: number | null;

  @Field({ description: "The OOH's own employer category, which the setting groups." })
  oohCategory!: string;

  @Field(() => Setting, { description: 'The canonical setting.' })
  setting!: Setting;

  @Field({ description: 'URL of the source of this fact.' })
  source!: string;
}

@ObjectType({ description: 'A career working in a setting, with its share of jobs there.' })
export class SettingCareer {
  @Field(() => Float, {
    nullable: true,
    description:
      "Percent of the career's jobs in this setting (its OOH categories summed); null when no source gives a share.",
  })
  sharePct!: number | null;

  @Field(() => [String], { description: 'The OOH employer categories behind the share.' })
  oohCategories!: string[];

  @Field(() => Career, { description: 'The career.' })
  career!: CareerRecord;
}
