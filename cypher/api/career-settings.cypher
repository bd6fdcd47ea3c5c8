// Work settings of each career, each setting once: its share summed over the OOH employer
// categories folded into it, with each category's own figure kept beside it. scope says whose
// jobs the shares count (OCCUPATION, or FAMILY where the page gives one table for its whole
// group); a setting reached under both scopes is listed once per scope, since the two do not add
// up. Largest share first; settings with no known share last, then by name. oohCategory and
// source (the largest category's) serve the deprecated single-category fields. $keys: [career slug]
UNWIND $keys AS key
MATCH (:Career {slug: key})-[w:WORKS_IN]->(s:Setting)
WITH key, s, w ORDER BY coalesce(w.sharePct, -1) DESC, w.oohCategory
WITH key, s, w.scope AS scope, collect(w) AS edges
WITH key, s, scope, edges, [e IN edges WHERE e.sharePct IS NOT NULL | e.sharePct] AS known
WITH key, s, scope, edges,
     CASE WHEN size(known) = 0 THEN null ELSE reduce(total = 0, p IN known | total + p) END AS sharePct
ORDER BY coalesce(sharePct, -1) DESC, toLower(s.name), scope
RETURN key, collect({
  setting: s {.id, .name, .description},
  sharePct: sharePct,
  scope: scope,
  oohCategories: [e IN edges | e.oohCategory],
  categories: [e IN edges | {oohCategory: e.oohCategory, sharePct: e.sharePct, source: e.source}],
  oohCategory: edges[0].oohCategory,
  source: edges[0].source,
  sources: reduce(urls = [], e IN edges | CASE WHEN e.source IN urls THEN urls ELSE urls + e.source END)
}) AS items
