import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import type { CareerRecord } from '../graph-model/career.type';
import type { Credential } from '../graph-model/credential.type';
import { fromValues } from '../career/projected-values';
import type { CareerLoaders } from '../career/career.loaders';
import type { CredentialLoaders } from '../credential/credential.loaders';
import type { EducationLoaders } from '../education/education.loaders';
import { attachPrefetched } from '../shared/prefetched';
import {
  SimilarityBasis,
  STEP_CREDENTIALS,
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
const PATH = cypher('api/career-path');

/** What a career path reads of its steps (see career-path.cypher). */
export interface PathProjection {
  from: string[];
  to: string[];
  credentials: string[] | null;
}

/** A step of career-path.cypher: careers and credentials as lists of projected values. */
type PathStepRow = Omit<PathStepRecord, 'from' | 'to'> & {
  from: unknown[];
  to: unknown[];
  credentials: unknown[][] | null;
};

/** Graph questions: careers alike, and paths between careers. */
export function exploreRepository(runner: QueryRunner) {
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
     * each step's careers with the properties `p` names, and its credentials attached (see
     * shared/prefetched.ts) only when `p` names theirs (otherwise the step's ids go to the loader).
     */
    async path(from: string, to: string, p: PathProjection): Promise<PathStepRecord[] | null> {
      const [row] = await runner.read(PATH, { from, to, p });
      const steps = (row?.steps ?? []) as PathStepRow[];
      if (steps.length === 0) return null;
      return steps.map(({ from: f, to: t, credentials, ...rest }) => {
        const step: PathStepRecord = {
          ...rest,
          from: fromValues<CareerRecord>(p.from, f),
          to: fromValues<CareerRecord>(p.to, t),
        };
        const names = p.credentials;
        if (names) {
          const fetched = (credentials ?? []).map((v) => fromValues<Credential>(names, v));
          attachPrefetched(step, STEP_CREDENTIALS, fetched);
        }
        return step;
      });
    },
  };
}

export type ExploreRepository = ReturnType<typeof exploreRepository>;

/** What the explore resolvers read from a request's context: careers and their relations. */
export interface ExploreContext {
  loaders: CareerLoaders & CredentialLoaders & EducationLoaders;
  repos: { explore: ExploreRepository };
}
