import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import type { CareerRecord } from '../graph-model/career.type';
import { fromValues } from '../career/projected-values';
import type { CareerLoaders } from '../career/career.loaders';
import type { CredentialLoaders } from '../credential/credential.loaders';
import type { EducationLoaders } from '../education/education.loaders';
import { withStepFacts, type StepFactsLoaders } from './step-facts.loaders';
import type { CareerFacts } from './step-adds';
import type { Credential } from '../graph-model/credential.type';
import {
  SimilarityBasis,
  type PathStepRecord,
  type SimilarCareer,
  type SharedItem,
} from './explore.type';

const SIMILAR = {
  [SimilarityBasis.SHARED_TRAITS]: cypher('api/similar-by-traits'),
  [SimilarityBasis.SHARED_SETTINGS]: cypher('api/similar-by-settings'),
  [SimilarityBasis.SHARED_CREDENTIALS]: cypher('api/similar-by-credentials'),
  [SimilarityBasis.OOH]: cypher('api/similar-by-ooh'),
};
export const PATH = withStepFacts(cypher('api/career-path'));

/** What a career path reads of its steps' careers (see career-path.cypher). */
export interface PathProjection {
  from: string[];
  to: string[];
}

/**
 * A step of career-path.cypher: careers as lists of projected values, with both careers' facts
 * and the credentials the step can add, for the request's loaders.
 */
type PathStepRow = Omit<PathStepRecord, 'from' | 'to'> & {
  from: unknown[];
  to: unknown[];
  facts: CareerFacts[];
  credentials: Credential[];
};

/** Graph questions: careers alike, and paths between careers. */
export function exploreRepository(
  runner: QueryRunner,
  loaders: Pick<ExploreContext['loaders'], 'stepFacts' | 'credentialById'>,
) {
  return {
    /**
     * Careers like `slug`, each with the career properties `want.props` names (a whitelist from
     * careerProperties, slug first), and the shared items only when `want.shared`.
     */
    async similar(
      slug: string,
      by: SimilarityBasis,
      limit: number,
      want: { props: string[]; shared: boolean },
    ): Promise<SimilarCareer[]> {
      const rows = await runner.read(SIMILAR[by], { slug, limit, ...want });
      return rows.map((r) => ({
        career: fromValues<CareerRecord>(want.props, r.career as unknown[]),
        score: Math.round(Number(r.score) * 10000) / 10000,
        by,
        shared: (r.shared ?? []) as SharedItem[],
      }));
    },

    /**
     * The shortest ADVANCES_TO path between two different careers, or null when there is none:
     * each step's careers with the properties `p` names, and what its source states it needs
     * (what it adds is the step rule's, resolved per field: see explore/step-facts.loaders.ts).
     * The rule's facts and the addable credentials come with the path and prime the request's
     * loaders, so the whole answer is this one statement.
     */
    async path(from: string, to: string, p: PathProjection): Promise<PathStepRecord[] | null> {
      const [row] = await runner.read(PATH, { from, to, p });
      const steps = (row?.steps ?? []) as PathStepRow[];
      if (steps.length === 0) return null;
      return steps.map(({ from: f, to: t, facts, credentials, ...rest }) => {
        for (const career of facts) loaders.stepFacts.prime(career.slug, career);
        for (const credential of credentials)
          loaders.credentialById.prime(credential.id, credential);
        return {
          ...rest,
          from: fromValues<CareerRecord>(p.from, f),
          to: fromValues<CareerRecord>(p.to, t),
        };
      });
    },
  };
}

export type ExploreRepository = ReturnType<typeof exploreRepository>;

/** What the explore resolvers read from a request's context: careers and their relations. */
export interface ExploreContext {
  loaders: CareerLoaders & CredentialLoaders & EducationLoaders & StepFactsLoaders;
  repos: { explore: ExploreRepository };
}
