import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import type { CredentialLoaders } from '../credential/credential.loaders';
import type { EducationLoaders } from '../education/education.loaders';
import type { MoveCareerRow, MoveRelRow } from './career-moves';
import { withStepFacts } from './step-facts.loaders';

export const MOVES = withStepFacts(cypher('api/career-moves'));

/** The neighbourhood a career's moves run through: its careers, and the relationships out of them. */
export interface MoveNeighbourhood {
  careers: MoveCareerRow[];
  rels: MoveRelRow[];
}

/** Reads what careerMoves walks, in one statement (see career-moves.cypher). */
export function careerMovesRepository(runner: QueryRunner) {
  return {
    /** The careers within `maxSteps` of `from`, and their steps; null when `from` is no career. */
    async neighbourhood(from: string, maxSteps: number): Promise<MoveNeighbourhood | null> {
      const [row] = await runner.read(MOVES, { from, maxSteps });
      const careers = (row?.careers ?? []) as MoveCareerRow[];
      // The statement aggregates, so an unknown career still gives a row, without itself in it.
      if (!careers.some((c) => c.facts.slug === from)) return null;
      return { careers, rels: (row?.steps ?? []) as MoveRelRow[] };
    },
  };
}

export type CareerMovesRepository = ReturnType<typeof careerMovesRepository>;

/** What careerMoves reads from a request's context. */
export interface CareerMovesContext {
  loaders: CredentialLoaders & EducationLoaders;
  repos: { moves: CareerMovesRepository };
}
