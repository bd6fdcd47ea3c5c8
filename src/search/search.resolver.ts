import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { SearchHit } from './search.type';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over careers, settings, credentials and traits, best match first. Words match as prefixes; Lucene syntax in the text is treated as plain text.',
  })
  search(
    @Arg('text', { description: 'Words to look for, e.g. "medical records".' }) text: string,
    @Ctx() { repos }: Context,
    @Arg('first', () => Int, { defaultValue: 10, description: 'At most this many hits (1–100).' })
    first: number,
  ): Promise<SearchHit[]> {
    if (text.length > 500) throw new BadUserInputError('text: at most 500 characters', 'text');
    if (!Number.isInteger(first) || first < 1 || first > 100) {
      throw new BadUserInputError('first must be between 1 and 100', 'first');
    }
    return repos.search.search(text, first);
  }
}
