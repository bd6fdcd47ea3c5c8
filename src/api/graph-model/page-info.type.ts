import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'Where a page of results sits in the whole list.',
})
export class PageInfo {
  @Field({ description: 'True when more results follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last result on this page; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}
