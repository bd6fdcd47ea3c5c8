import { BadUserInputError } from '../../errors';

/**
 * A `first` argument within its bounds. Every list field that takes `first` checks it here, so
 * the bounds and the message read the same across the API.
 */
export function checkFirst(first: number, min: number, max: number): number {
  if (!Number.isInteger(first) || first < min || first > max) {
    throw new BadUserInputError(`first must be between ${min} and ${max} (got ${first})`, 'first');
  }
  return first;
}

/** A slug or id as users type it: 1–200 characters. */
export function checkSlug(slug: string, field = 'slug'): string {
  if (slug.length === 0 || slug.length > 200) {
    throw new BadUserInputError(`${field} must be 1–200 characters`, field);
  }
  return slug;
}
