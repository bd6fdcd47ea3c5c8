// Work settings with the share of jobs; one edge per OOH employer category, so each category's
// own figure stays on its edge. scope says whose jobs the share counts: OCCUPATION for the
// career's own table, FAMILY where the page gives one table for its whole group of occupations.
// $rows: [{slug, edges: [{settingId, oohCategory, sharePct, scope, source}]}]
UNWIND $rows AS r
MATCH (n:Career {slug: r.slug})
// Stale edges, found from the career: the far end is left unlabelled so the planner cannot
// start from it (see career-credentials.cypher).
CALL (n, r) {
  MATCH (n)-[old:WORKS_IN]->(s)
  WHERE NOT any(x IN r.edges WHERE x.settingId = s.id AND x.oohCategory = old.oohCategory)
  DELETE old
}
UNWIND r.edges AS x
MATCH (s:Setting {id: x.settingId})
MERGE (n)-[w:WORKS_IN {oohCategory: x.oohCategory}]->(s)
SET w.sharePct = x.sharePct, w.scope = x.scope, w.source = x.source
