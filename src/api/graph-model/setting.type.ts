import { Field, Float, ID, ObjectType } from 'type-graphql';
import { SettingShareScope } from '../../common/enums';
import { Career, type CareerRecord } from './career.type';

@ObjectType({
  simpleResolvers: true,
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

@ObjectType({
  simpleResolvers: true,
  description:
    'One OOH employer category behind a setting share, with its own figure as the page gives it.',
})
export class SettingCategoryShare {
  @Field({ description: "The OOH's own employer category, e.g. `Offices of physicians`." })
  oohCategory!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Percent of the jobs in this category (null when the source gives no share).',
  })
  sharePct!: number | null;

  @Field({ description: 'URL of the source of this figure.' })
  source!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "A career's work in a setting, named once, with the share of its jobs there summed over the OOH employer categories the setting groups.",
})
export class CareerSetting {
  @Field(() => Setting, { description: 'The canonical setting.' })
  setting!: Setting;

  @Field(() => Float, {
    nullable: true,
    description:
      "Percent of the jobs in this setting: the OOH categories' shares summed (null when no source gives a share).",
  })
  sharePct!: number | null;

  @Field(() => SettingShareScope, {
    description:
      "Whose jobs the share counts: the career's own (OCCUPATION), or its OOH page's whole group (FAMILY) where the page gives only a combined table.",
  })
  scope!: SettingShareScope;

  @Field(() => [String], { description: 'The OOH employer categories behind the share.' })
  oohCategories!: string[];

  @Field(() => [SettingCategoryShare], {
    description: 'Each OOH employer category with its own share, largest first.',
  })
  categories!: SettingCategoryShare[];

  @Field(() => [String], { description: 'URLs of the sources of these figures.' })
  sources!: string[];

  @Field({
    description: 'The largest OOH employer category behind the share.',
    deprecationReason: 'A setting can group several OOH categories: read `oohCategories`.',
  })
  oohCategory!: string;

  @Field({
    description: 'URL of the source of the largest category.',
    deprecationReason: 'A setting can rest on several sources: read `sources`.',
  })
  source!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A career working in a setting, with its share of jobs there.',
})
export class SettingCareer {
  @Field(() => Float, {
    nullable: true,
    description:
      "Percent of the career's jobs in this setting (its OOH categories summed); null when no source gives a share.",
  })
  sharePct!: number | null;

  @Field(() => SettingShareScope, {
    description:
      "Whose jobs the share counts: the career's own (OCCUPATION), or its OOH page's whole group (FAMILY).",
  })
  scope!: SettingShareScope;

  @Field(() => [String], { description: 'The OOH employer categories behind the share.' })
  oohCategories!: string[];

  @Field(() => Career, { description: 'The career.' })
  career!: CareerRecord;
}
