import { SHAPE_LIMITS } from '../../config';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../errors';
import { checkFirst } from '../shared/arguments';
import type { SearchContext } from './search.repository';
import { SearchHit } from './search.type';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over careers, settings, credentials and traits, best match first. Words match as prefixes; Lucene syntax in the text is treated as plain text.',
  })
  search(
    @Arg('text', { description: 'Words to look for, e.g. "medical records".' }) text: string,
    @Ctx() { repos }: SearchContext,
    @Arg('first', () => Int, {
      defaultValue: 10,
      description: `At most this many hits (1–${SHAPE_LIMITS.maxListFirst}).`,
    })
    first: number,
  ): Promise<SearchHit[]> {
    if (text.length > 500) throw new BadUserInputError('text: at most 500 characters', 'text');
    return repos.search.search(text, checkFirst(first, 1, SHAPE_LIMITS.maxListFirst));
  }
}
