/**
 * Values a parent's look-ahead statement fetched for its child fields, kept with the parent object
 * itself: a field resolver answers from there before it asks a loader.
 *
 * Kept with the parent rather than primed into the request's shared loaders because a look-ahead
 * fetches only the selected fields: a partial object primed into a shared loader would be served
 * to another field of the same request that selected more of it (say `compare`, which reads each
 * setting's id). The parent was made for exactly this selection, so its values fit.
 * A WeakMap, so the values go when the request's objects do.
 */

/**
 * The field a value is fetched ahead for, with the value's type: the look-ahead that attaches it
 * and the field resolver that reads it share this one object, so they cannot disagree on a name
 * or a type.
 */
export interface PrefetchKey<T> {
  /** `Type.field`, for messages. */
  readonly field: string;
  /** Never set: carries T. */
  readonly value?: T;
}

export const prefetchKey = <T>(field: string): PrefetchKey<T> => ({ field });

const byParent = new WeakMap<object, Map<PrefetchKey<unknown>, unknown>>();

/** Keeps `value` as what `parent`'s field answers. */
export function attachPrefetched<T>(parent: object, key: PrefetchKey<T>, value: T): void {
  let fields = byParent.get(parent);
  if (!fields) {
    fields = new Map();
    byParent.set(parent, fields);
  }
  fields.set(key, value);
}

/** Whether the look-ahead fetched `parent`'s field, and what (null included). */
export function prefetched<T>(parent: object, key: PrefetchKey<T>): { value: T } | undefined {
  const fields = byParent.get(parent);
  return fields?.has(key) ? { value: fields.get(key) as T } : undefined;
}

/**
 * What the look-ahead fetched for `parent`'s field (null included), or else `load()`. The
 * fetched value is returned as it is, not in a promise: graphql-js completes it without a tick.
 */
export function prefetchedOr<T>(
  parent: object,
  key: PrefetchKey<T>,
  load: () => Promise<T>,
): T | Promise<T> {
  const found = prefetched(parent, key);
  return found ? found.value : load();
}
