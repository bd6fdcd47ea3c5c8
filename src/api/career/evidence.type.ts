import { Field, ObjectType } from 'type-graphql';
import { EvidencedFact } from '../../common/enums';

@ObjectType({
  simpleResolvers: true,
  description:
    "Where a career's OOH page states one of its facts: the page's own short phrase for it, to find the fact on the page.",
})
export class FactEvidence {
  @Field(() => EvidencedFact, { description: 'The fact the phrase states.' })
  fact!: EvidencedFact;

  @Field({
    description:
      'The words of the page that state the fact (a sentence or a table row, quoted as the page prints it, spacing collapsed).',
  })
  phrase!: string;

  @Field({ description: 'URL of the OOH page the phrase is on.' })
  source!: string;
}
