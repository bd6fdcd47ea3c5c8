import { Field, Int, ObjectType } from 'type-graphql';
import { EducationLevelCode } from '../../common/enums';

@ObjectType({
  simpleResolvers: true,
  description: 'A BLS education level; levels are ordered by rank.',
})
export class EducationLevel {
  @Field(() => EducationLevelCode, { description: 'Stable code of the level.' })
  code!: EducationLevelCode;

  @Field({ description: 'Name of the level as BLS writes it.' })
  name!: string;

  @Field(() => Int, {
    description: '0 (no formal credential) to 7 (doctoral or professional degree).',
  })
  rank!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'An education level a career can be entered or progressed with.',
})
export class EducationOption {
  @Field(() => EducationLevel, { description: 'The level.' })
  level!: EducationLevel;

  @Field(() => String, { nullable: true, description: 'What this level means for the career.' })
  note!: string | null;

  @Field({ description: 'URL of the source of this fact.' })
  source!: string;
}
