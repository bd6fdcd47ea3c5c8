import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import { readItems } from '../shared/loaders';
import type { EducationLevel } from '../graph-model/education-level.type';

const ALL = cypher('api/education-levels-all');

/** Education level reads that are not per-parent lookups (those go through loaders). */
export function educationRepository(runner: QueryRunner) {
  return {
    all: (): Promise<EducationLevel[]> => readItems<EducationLevel>(runner, ALL),
  };
}

export type EducationRepository = ReturnType<typeof educationRepository>;
