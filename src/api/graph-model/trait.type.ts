import { Field, ID, ObjectType } from 'type-graphql';
import { TraitKind } from '../../common/enums';

@ObjectType({
  simpleResolvers: true,
  description: 'An important quality, working condition or schedule shared across careers.',
})
export class Trait {
  @Field(() => ID, { description: 'Readable, stable id, e.g. `detail-oriented`.' })
  id!: string;

  @Field({ description: 'Name of the trait.' })
  name!: string;

  @Field(() => TraitKind, { description: 'What the trait describes.' })
  kind!: TraitKind;
}
