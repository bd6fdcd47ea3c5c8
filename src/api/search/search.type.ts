import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum SearchHitType {
  CAREER = 'CAREER',
  SETTING = 'SETTING',
  CREDENTIAL = 'CREDENTIAL',
  TRAIT = 'TRAIT',
}
registerEnumType(SearchHitType, {
  name: 'SearchHitType',
  description: 'What a search hit is.',
  valuesConfig: {
    CAREER: { description: 'A career; its id is the career slug.' },
    SETTING: { description: 'A work setting.' },
    CREDENTIAL: { description: 'A license, certification or exam.' },
    TRAIT: { description: 'A trait.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'One search result.' })
export class SearchHit {
  @Field(() => SearchHitType, { description: 'What was found.' })
  type!: SearchHitType;

  @Field(() => ID, { description: 'Id (or slug, for careers) to fetch it with.' })
  id!: string;

  @Field({ description: 'Title or name.' })
  title!: string;

  @Field(() => Float, {
    description: 'Relevance; higher is better. Comparable within one search only.',
  })
  score!: number;
}
