import { FieldResolver, Resolver, Root } from 'type-graphql';
import { EVIDENCED_FACT } from '../../shared/vocabulary';
import { Career, type CareerRecord } from '../graph-model/career.type';
import { FanOut } from '../shared/fan-out';
import { careerEvidence } from './evidence';
import { FactEvidence } from './evidence.type';

/**
 * Career.evidence: read from the career's own properties (career-projection.ts's DERIVED names
 * them), so it costs no query of its own and comes with the career's look-ahead.
 */
@Resolver(() => Career)
export class CareerEvidenceResolver {
  @FieldResolver(() => [FactEvidence], {
    description:
      'For each fact taken from the OOH page (median pay, jobs, growth, openings, entry education, licensure), the short phrase of the page that states it, with the page URL. A fact whose phrase was not found on the page is absent.',
  })
  @FanOut(EVIDENCED_FACT.values.length)
  evidence(@Root() c: CareerRecord): FactEvidence[] {
    return careerEvidence(c);
  }
}
