import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { SHAPE_LIMITS } from '../../config';
import { BadUserInputError, NotFoundError } from '../../errors';
import { Credential } from '../graph-model/credential.type';
import { EducationLevel } from '../graph-model/education-level.type';
import {
  STEP_CREDENTIALS_DESCRIPTION,
  STEP_CREDENTIALS_FAN_OUT,
  STEP_EDUCATION_DESCRIPTION,
} from '../graph-model/career-relations.type';
import { loadCredentials } from '../credential/credential.loaders';
import { loadEducation } from '../education/education.loaders';
import { checkFirst, checkSlug } from '../shared/arguments';
import { FanOut } from '../shared/fan-out';
import { chooseMoves } from './career-moves';
import type { CareerMovesContext } from './career-moves.repository';
import { CareerMove, MoveConstraints, StepAdds, type CareerMoveRecord } from './moves.type';
import type { StepAddsRecord } from './step-adds';

const DEFAULT_MAX_STEPS = 2;
const DEFAULT_FIRST = 20;

@Resolver()
export class CareerMovesResolver {
  @Query(() => [CareerMove], {
    description: `Careers reachable from one career in at most \`maxSteps\` steps, along the advancements the sources state and (unless constraints.includeSimilar is false) the OOH's similar occupations, every step keeping the constraints. One move per destination: the fewest steps, then the least added (education, licence, credentials), then the most stated steps. Ranked by pay gain, highest first, unknown last; each step says what it adds.`,
  })
  // `first: null` answers the default page; the cost limit, which reads `first` as given, counts
  // that page here.
  @FanOut(DEFAULT_FIRST)
  async careerMoves(
    @Arg('from', () => ID, { description: 'Career to start from.' }) from: string,
    @Ctx() { repos }: CareerMovesContext,
    // Nullable with a default, as the contract writes them (`Int = 2`): null means the default.
    @Arg('maxSteps', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_MAX_STEPS,
      description: `At most this many steps (1–${SHAPE_LIMITS.maxMoveSteps}).`,
    })
    maxStepsArg: number | null,
    @Arg('constraints', () => MoveConstraints, {
      nullable: true,
      description: 'What every step must respect.',
    })
    constraints: MoveConstraints | null | undefined,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_FIRST,
      description: `At most this many moves (1–${SHAPE_LIMITS.maxMovesFirst}).`,
    })
    first: number | null,
  ): Promise<CareerMoveRecord[]> {
    const slug = checkSlug(from, 'from');
    const maxSteps = maxStepsArg ?? DEFAULT_MAX_STEPS;
    if (!Number.isInteger(maxSteps) || maxSteps < 1 || maxSteps > SHAPE_LIMITS.maxMoveSteps) {
      throw new BadUserInputError(
        `maxSteps must be between 1 and ${SHAPE_LIMITS.maxMoveSteps} (got ${maxSteps})`,
        'maxSteps',
      );
    }
    const limit = checkFirst(first ?? DEFAULT_FIRST, 1, SHAPE_LIMITS.maxMovesFirst);
    const minMedianPay = constraints?.minMedianPay ?? null;
    if (minMedianPay !== null && !(minMedianPay >= 0)) {
      throw new BadUserInputError(
        `constraints.minMedianPay must be 0 or more (got ${minMedianPay})`,
        'constraints',
      );
    }
    const found = await repos.moves.neighbourhood(slug, maxSteps);
    if (!found) throw new NotFoundError(`from: no career with slug "${from}"`);
    return chooseMoves(
      slug,
      found.careers,
      found.rels,
      {
        maxSteps,
        includeSimilar: constraints?.includeSimilar ?? true,
        noNewLicense: constraints?.noNewLicense ?? false,
        educationAtMost: constraints?.educationAtMost ?? null,
        minMedianPay,
      },
      limit,
    );
  }
}

@Resolver(() => StepAdds)
export class StepAddsResolver {
  @FieldResolver(() => EducationLevel, { nullable: true, description: STEP_EDUCATION_DESCRIPTION })
  education(
    @Root() adds: StepAddsRecord,
    @Ctx() { loaders }: CareerMovesContext,
  ): Promise<EducationLevel | null> {
    return loadEducation(loaders, adds.educationCode);
  }

  @FieldResolver(() => [Credential], { description: STEP_CREDENTIALS_DESCRIPTION })
  @FanOut(STEP_CREDENTIALS_FAN_OUT)
  credentials(
    @Root() adds: StepAddsRecord,
    @Ctx() { loaders }: CareerMovesContext,
  ): Promise<Credential[]> {
    return loadCredentials(loaders, adds.credentialIds);
  }
}
