import { SHAPE_LIMITS } from '../../config';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { BadUserInputError, NotFoundError } from '../../errors';
import { checkFirst, checkSlug } from '../shared/arguments';
import { below, selectionOf } from '../shared/selection';
import { careerProperties } from '../career/career-projection';
import { CAREER_LISTS } from '../career/career-lists';
import type { CareerRecord } from '../graph-model/career.type';
import type { ExploreContext } from './explore.repository';
import { compareFigures, intersectBy } from './compare';
import { careerGaps } from './compare-gap';
import { CareerComparison, CareerPath, SimilarCareer, SimilarityBasis } from './explore.type';

async function requireCareer(
  loaders: ExploreContext['loaders'],
  slug: string,
  field: string,
): Promise<CareerRecord> {
  const career = await loaders.careerBySlug.load(checkSlug(slug, field));
  if (!career) throw new NotFoundError(`${field}: no career with slug "${slug}"`);
  return career;
}

@Resolver()
export class ExploreResolver {
  @Query(() => [SimilarCareer], {
    description:
      'Careers most like one career, by the chosen measure, with the shared items that explain it.',
  })
  async similarCareers(
    @Arg('slug', () => ID, { description: 'The career to start from.' }) slug: string,
    @Ctx() { loaders, repos }: ExploreContext,
    @Arg('by', () => SimilarityBasis, {
      defaultValue: SimilarityBasis.SHARED_TRAITS,
      description: 'What makes careers alike.',
    })
    by: SimilarityBasis,
    @Arg('first', () => Int, {
      defaultValue: 10,
      description: `At most this many careers (1–${SHAPE_LIMITS.maxListFirst}).`,
    })
    first: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SimilarCareer[]> {
    const limit = checkFirst(first, 1, SHAPE_LIMITS.maxListFirst);
    // Look-ahead: only the career properties selected, and the shared items only if selected.
    const selection = selectionOf(info);
    const similar = await repos.explore.similar(checkSlug(slug, 'slug'), by, limit, {
      props: careerProperties(below(selection, 'career')),
      shared: selection.has('shared'),
    });
    // Careers alike one career prove it exists: only an empty answer needs the existence check,
    // so the usual answer is one statement.
    if (similar.length === 0) await requireCareer(loaders, slug, 'slug');
    return similar;
  }

  @Query(() => CareerPath, {
    nullable: true,
    description:
      'The shortest advancement path from one career to another, with what each step adds (stated by its source, or derived where the source is silent); null when the sources state no such path.',
  })
  async careerPath(
    @Arg('from', () => ID, { description: 'Career to start from.' }) from: string,
    @Arg('to', () => ID, { description: 'Career to reach.' }) to: string,
    @Ctx() { loaders, repos }: ExploreContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CareerPath | null> {
    const requireBoth = () =>
      Promise.all([requireCareer(loaders, from, 'from'), requireCareer(loaders, to, 'to')]);
    if (from === to) {
      await requireBoth();
      return { length: 0, steps: [] };
    }
    // Look-ahead: the steps' careers with only the properties selected.
    const step = below(selectionOf(info), 'steps');
    const steps = await repos.explore.path(checkSlug(from, 'from'), checkSlug(to, 'to'), {
      from: careerProperties(below(step, 'from')),
      to: careerProperties(below(step, 'to')),
    });
    // A path proves both careers exist: only no path needs the existence check.
    if (!steps) {
      await requireBoth();
      return null;
    }
    return { length: steps.length, steps };
  }

  @Query(() => CareerComparison, {
    description:
      'Careers side by side (2–10): figures, differences from the first, what they share, and what each asks that another does not.',
  })
  async compare(
    @Arg('slugs', () => [ID], { description: 'Career slugs; the first is the baseline.' })
    slugs: string[],
    @Ctx() { loaders }: ExploreContext,
  ): Promise<CareerComparison> {
    if (slugs.length < 2 || slugs.length > SHAPE_LIMITS.maxCompared) {
      throw new BadUserInputError(`slugs: give 2 to ${SHAPE_LIMITS.maxCompared} careers`, 'slugs');
    }
    if (new Set(slugs).size !== slugs.length) {
      throw new BadUserInputError('slugs: each career once', 'slugs');
    }
    const careers = await Promise.all(slugs.map((s) => requireCareer(loaders, s, 'slugs')));
    const [levels, settings, traits, credentials] = await Promise.all([
      Promise.all(slugs.map((s) => loaders.entryEducation.load(s))),
      Promise.all(slugs.map((s) => loaders.listBySlug(CAREER_LISTS.settings, s))),
      Promise.all(slugs.map((s) => loaders.listBySlug(CAREER_LISTS.traits, s))),
      Promise.all(slugs.map((s) => loaders.listBySlug(CAREER_LISTS.credentials, s))),
    ]);
    return {
      careers,
      metrics: compareFigures(
        careers,
        levels.map((l) => l?.rank ?? null),
      ),
      sharedSettings: intersectBy(
        settings.map((list) => list.map((cs) => cs.setting)),
        (s) => s.id,
      ),
      sharedTraits: intersectBy(traits, (t) => t.id),
      sharedCredentials: intersectBy(
        credentials.map((list) => list.map((cc) => cc.credential)),
        (c) => c.id,
      ),
      gaps: careerGaps(
        careers.map((career, i) => ({
          career,
          entryEducation: levels[i] ?? null,
          credentials: credentials[i] ?? [],
          traits: traits[i] ?? [],
        })),
      ),
    };
  }
}
