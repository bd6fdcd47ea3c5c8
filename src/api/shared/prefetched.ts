/**
 * Values a parent's look-ahead statement fetched for its child fields, kept with the parent object
 * itself: a field resolver answers from there before it asks a loader.
 *
 * Kept with the parent rather than primed into the request's shared loaders because a look-ahead
 * fetches only the selected fields: a partial object primed into `loaders.settings` would be
 * served to another field of the same request that selected more of it (say `compare`, which
 * reads each setting's id). The parent was made for exactly this selection, so its values fit.
 * A WeakMap, so the values go when the request's objects do.
 */
const byParent = new WeakMap<object, Map<string, unknown>>();

/** Keeps `value` as what `parent`'s field `field` answers. */
export function attachPrefetched(parent: object, field: string, value: unknown): void {
  let fields = byParent.get(parent);
  if (!fields) {
    fields = new Map();
    byParent.set(parent, fields);
  }
  fields.set(field, value);
}

/**
 * What the look-ahead fetched for `parent`'s `field` (null included), or else `load()`. The
 * fetched value is returned as it is, not in a promise: graphql-js completes it without a tick.
 */
export function prefetchedOr<T>(
  parent: object,
  field: string,
  load: () => Promise<T>,
): T | Promise<T> {
  const fields = byParent.get(parent);
  return fields?.has(field) ? (fields.get(field) as T) : load();
}
