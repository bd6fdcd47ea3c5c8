import type { SettingShareScope } from '../../common/enums';
import type { CareerSetting } from '../graph-model/setting.type';

/**
 * A career's WORKS_IN edges folded into its settings, each setting named once per scope. The
 * graph has one edge per OOH employer category (a setting such as "hospitals" can group several),
 * and the statement that reads a career's settings (careers-with-relations.cypher, through
 * career-lists.ts) sends the edges as they are: grouping and summing them in Cypher cost a fifth
 * (3,000 careers) to a third (60) of the look-ahead statement's database time on a page of 50,
 * and here it is a few microseconds per career.
 */

/** One WORKS_IN edge: the setting (its values as the caller wants them), and the edge's figures. */
export interface WorksInEdge<S> {
  setting: S;
  /** The setting's id and name: what the grouping and the order go by. */
  settingId: string;
  settingName: string;
  scope: SettingShareScope;
  oohCategory: string;
  sharePct: number | null;
  source: string | null;
}

export interface SettingShare<S> {
  setting: S;
  /** The categories' known shares summed, in the edges' order; null when none is known. */
  sharePct: number | null;
  scope: SettingShareScope;
  /** The setting's edges under this scope: largest share first (unknown last), then category. */
  edges: Array<WorksInEdge<S>>;
}

const share = (x: number | null): number => x ?? -1;
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Groups a career's edges by setting and scope. Settings come largest share first, those with no
 * known share last, then by name (case-insensitive) and scope: the order the API has always
 * documented for `Career.settings`.
 */
export function groupSettingShares<S>(
  edges: ReadonlyArray<WorksInEdge<S>>,
): Array<SettingShare<S>> {
  const sorted = [...edges].sort(
    (a, b) => share(b.sharePct) - share(a.sharePct) || byText(a.oohCategory, b.oohCategory),
  );
  const groups = new Map<string, SettingShare<S>>();
  for (const edge of sorted) {
    const key = `${edge.settingId}\n${edge.scope}`;
    const group = groups.get(key);
    if (group) group.edges.push(edge);
    else
      groups.set(key, { setting: edge.setting, sharePct: null, scope: edge.scope, edges: [edge] });
  }
  const out = [...groups.values()];
  for (const group of out) {
    for (const edge of group.edges) {
      if (edge.sharePct !== null) group.sharePct = (group.sharePct ?? 0) + edge.sharePct;
    }
  }
  const name = new Map(out.map((g) => [g, g.edges[0]!.settingName.toLowerCase()]));
  return out.sort(
    (a, b) =>
      share(b.sharePct) - share(a.sharePct) ||
      byText(name.get(a)!, name.get(b)!) ||
      byText(a.scope, b.scope),
  );
}

/** The edges' source URLs, each once, in the edges' order. */
function distinctSources<S>(edges: ReadonlyArray<WorksInEdge<S>>): string[] {
  const urls: string[] = [];
  for (const e of edges) if (e.source !== null && !urls.includes(e.source)) urls.push(e.source);
  return urls;
}

/** The parts of a CareerSetting to build; the look-ahead builds only what was selected. */
export interface SettingShareFields {
  oohCategories: boolean;
  categories: boolean;
  sources: boolean;
  /** The deprecated single-category fields, oohCategory and source. */
  largestCategory: boolean;
}

/** A grouped setting as the API's CareerSetting, with the parts `fields` names. */
export function toCareerSetting<S>(
  group: SettingShare<S>,
  fields: SettingShareFields,
): CareerSetting {
  const { setting, sharePct, scope, edges } = group;
  const out: Partial<CareerSetting> = {
    setting: setting as CareerSetting['setting'],
    sharePct,
    scope,
  };
  if (fields.oohCategories) out.oohCategories = edges.map((e) => e.oohCategory);
  if (fields.categories) {
    out.categories = edges.map((e) => ({
      oohCategory: e.oohCategory,
      sharePct: e.sharePct,
      // Every edge has a source (the seed validator's rule); the statements send it whenever one
      // of these fields is selected.
      source: e.source as string,
    }));
  }
  if (fields.sources) out.sources = distinctSources(edges);
  if (fields.largestCategory) {
    out.oohCategory = edges[0]!.oohCategory;
    out.source = edges[0]!.source as string;
  }
  return out as CareerSetting;
}
