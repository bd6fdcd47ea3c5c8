import type { Loaders } from '../context';
import type { Credential } from '../credential/credential.type';
import type { EducationLevel } from '../education/education-level.type';
import { BadUserInputError } from '../errors';

export function checkSlug(slug: string, field = 'slug'): string {
  if (slug.length === 0 || slug.length > 200) {
    throw new BadUserInputError(`${field} must be 1–200 characters`, field);
  }
  return slug;
}

/** Credentials by id, in the given order; a failed batch fails the field rather than hiding it. */
export async function credentialsByIds(
  loaders: Loaders,
  ids: string[] | null,
): Promise<Credential[]> {
  const found = await loaders.credentialById.loadMany(ids ?? []);
  const failure = found.find((c) => c instanceof Error);
  if (failure) throw failure;
  return found.filter((c): c is Credential => c !== null && !(c instanceof Error));
}

/** The education level a step names, or null when it names none. */
export function educationByCode(
  loaders: Loaders,
  code: string | null,
): Promise<EducationLevel | null> {
  return code ? loaders.educationByCode.load(code) : Promise.resolve(null);
}
