import type { Selection } from '../shared/selection';

/**
 * The look-ahead sends a node's projected properties as a list of values, in the projection's
 * order (`[k IN p.x | node[k]]`), not as a map: fewer bytes over Bolt, and one plan for every
 * selection. These two helpers are both ends of that.
 */

/** The whitelisted properties a selection names, the whitelist's first (the identity) first. */
export function properties(selection: Selection, whitelist: readonly string[]): string[] {
  const [identity, ...rest] = whitelist;
  return [identity!, ...rest.filter((p) => selection.has(p))];
}

/**
 * An object of the projected properties from the statement's list of their values, in the same
 * order. Null values are left out, as Neo4j leaves out absent properties: the objects equal what
 * `properties(node)` gives for the same fields.
 */
export function fromValues<T>(names: readonly string[], values: readonly unknown[]): T {
  const out: Record<string, unknown> = {};
  names.forEach((name, i) => {
    const v = values[i];
    if (v !== null && v !== undefined) out[name] = v;
  });
  return out as T;
}
