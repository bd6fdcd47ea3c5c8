import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'Where a fact comes from: a BLS OOH page, the career review, or a web page.',
})
export class Source {
  @Field({ description: 'Address of the source.' })
  url!: string;

  @Field({ description: 'Title of the source.' })
  title!: string;

  @Field({ description: 'Who published it.' })
  publisher!: string;

  @Field(() => String, { nullable: true, description: 'Edition, e.g. "2024-34" for the OOH.' })
  edition!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Date the source says it was last modified (YYYY-MM-DD).',
  })
  lastModified!: string | null;

  @Field({ description: 'OOH_PAGE, CAREER_REVIEW, CERTIFICATION_LIST or WEB_PAGE.' })
  kind!: string;
}
