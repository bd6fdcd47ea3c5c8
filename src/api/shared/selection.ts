import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Look-ahead over a resolver's selection set: which fields the client asked for below it. Parent
 * resolvers use it to fetch the nested lists in the parent's own query and prime the loaders, so
 * the field resolvers find them cached and a request makes one round trip instead of one per
 * list. Fragments (inline and named) are followed; `@skip`/`@include` are ignored, so a field
 * behind one is fetched anyway: the answer is the same, only a little more is read.
 */
export type Selection = ReadonlyMap<string, Selection>;

type Mutable = Map<string, Mutable>;

const EMPTY: Selection = new Map();

/** The fields selected below the resolver's field, by field name (aliases merged), recursively. */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  const out: Mutable = new Map();
  for (const node of info.fieldNodes) collect(node.selectionSet, info, out);
  return out;
}

/** The selection below `path` (e.g. `['edges', 'node']`), or an empty one when not selected. */
export function below(selection: Selection, ...path: string[]): Selection {
  let s = selection;
  for (const name of path) s = s.get(name) ?? EMPTY;
  return s;
}

function collect(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, out: Mutable): void {
  if (!set) return;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      addField(sel, info, out);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      collect(sel.selectionSet, info, out);
    } else {
      collect(info.fragments[sel.name.value]?.selectionSet, info, out);
    }
  }
}

function addField(field: FieldNode, info: GraphQLResolveInfo, out: Mutable): void {
  const name = field.name.value;
  let sub = out.get(name);
  if (!sub) {
    sub = new Map();
    out.set(name, sub);
  }
  collect(field.selectionSet, info, sub);
}
