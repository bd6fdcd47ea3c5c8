import { cypher } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import { listLoader, singleLoader } from '../shared/loaders';
import type { CareerRecord } from '../graph-model/career.type';
import type { EducationLevel } from '../graph-model/education-level.type';
import type { EducationRepository } from './education.repository';

const Q = {
  educationByCode: cypher('api/education-levels-by-code'),
  educationLevelCareers: cypher('api/education-level-careers'),
};

/** Per-request loaders keyed by education level code. */
export function educationLoaders(runner: QueryRunner) {
  return {
    educationByCode: singleLoader<EducationLevel>(runner, Q.educationByCode),
    educationLevelCareers: listLoader<CareerRecord>(runner, Q.educationLevelCareers),
  };
}

export type EducationLoaders = ReturnType<typeof educationLoaders>;

/** What the education resolvers read from a request's context. */
export interface EducationContext {
  loaders: EducationLoaders;
  repos: { educationLevels: EducationRepository };
}

/** The education level a step names, or null when it names none. */
export function loadEducation(
  loaders: Pick<EducationLoaders, 'educationByCode'>,
  code: string | null,
): Promise<EducationLevel | null> {
  return code ? loaders.educationByCode.load(code) : Promise.resolve(null);
}
