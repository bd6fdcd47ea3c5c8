import { cypher, cypherWithSlots, type CypherQuery } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import { singleLoader } from '../shared/loaders';
import { loadCredentials, type CredentialLoaders } from '../credential/credential.loaders';
import type { EducationCode } from '../../shared/vocabulary';
import { stepAdds, type CareerFacts, type StepAddsRecord } from './step-adds';

/** The facts map of one career `c`, as the three statements that read it fill their {{facts}}. */
const FACTS_MAP = cypher('api/parts/career-step-facts').text;

/** A statement with the step rule's facts map in its {{facts}} slot. */
export function withStepFacts(query: CypherQuery): CypherQuery {
  return cypherWithSlots(query, { facts: FACTS_MAP });
}

export const STEP_FACTS = withStepFacts(cypher('api/career-step-facts'));

/** Per-request loader of what the step rule reads of a career, keyed by career slug. */
export function stepFactsLoaders(runner: QueryRunner) {
  return { stepFacts: singleLoader<CareerFacts>(runner, STEP_FACTS) };
}

export type StepFactsLoaders = ReturnType<typeof stepFactsLoaders>;

/** A source-stated step (ADVANCES_TO) as the path and advancement types read it. */
export interface StatedStep {
  fromSlug: string;
  toSlug: string;
  educationCode: string | null;
  credentialIds: string[] | null;
}

// One answer per step object: its education, credentials, derived and derivedFrom fields all ask.
// Step objects live for one request, so the map lets them go with it.
const addsOfStep = new WeakMap<object, Promise<StepAddsRecord>>();

/**
 * What a stated step adds, by the one rule (step-adds.ts): both careers' facts through the
 * request's loader (all steps of a request in one batch), the stated credentials' kinds through
 * the credential loader. A career missing from the graph counts as one with no facts.
 */
export function addsOf(
  step: StatedStep,
  loaders: StepFactsLoaders & Pick<CredentialLoaders, 'credentialById'>,
): Promise<StepAddsRecord> {
  let adds = addsOfStep.get(step);
  if (!adds) {
    adds = (async () => {
      const [from, to, stated] = await Promise.all([
        loaders.stepFacts.load(step.fromSlug),
        loaders.stepFacts.load(step.toSlug),
        loadCredentials(loaders, step.credentialIds),
      ]);
      return stepAdds(
        {
          educationCode: step.educationCode as EducationCode | null,
          credentials: stated.map((c) => ({ id: c.id, kind: c.kind })),
        },
        from ?? noFacts(step.fromSlug),
        to ?? noFacts(step.toSlug),
      );
    })();
    addsOfStep.set(step, adds);
  }
  return adds;
}

const noFacts = (slug: string): CareerFacts => ({
  slug,
  oohUrl: '',
  licensure: null,
  entryEducation: null,
  required: [],
});
