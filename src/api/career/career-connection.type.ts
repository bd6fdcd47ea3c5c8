import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../graph-model/page-info.type';
import { Career, type CareerRecord } from '../graph-model/career.type';
import { FanOut } from '../shared/fan-out';

@ObjectType({ simpleResolvers: true, description: 'One career in a page of results.' })
export class CareerEdge {
  @Field({ description: 'Opaque cursor of this career in the sorted list.' })
  cursor!: string;

  @Field(() => Career, { description: 'The career.' })
  node!: CareerRecord;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A page of careers matching a filter, in a stable order.',
})
export class CareerConnection {
  @Field(() => Int, { description: 'Number of careers matching the filter, on all pages.' })
  totalCount!: number;

  // `careers(first:)` already multiplies its page.
  @FanOut(1)
  @Field(() => [CareerEdge], { description: 'The careers on this page.' })
  edges!: CareerEdge[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;
}
