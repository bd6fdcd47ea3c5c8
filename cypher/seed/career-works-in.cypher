// Work settings with the share of jobs; one edge per OOH employer category, so each category's
// own figure stays on its edge. scope says whose jobs the share counts: OCCUPATION for the
// career's own table, FAMILY where the page gives one table for its whole group of occupations.
// $rows: [{slug, edges: [{settingId, oohCategory, sharePct, scope, source}]}]
UNWIND $rows AS r
MATCH (n:Career {slug: r.slug})
OPTIONAL MATCH (n)-[old:WORKS_IN]->(s:Setting)
WHERE NOT any(x IN r.edges WHERE x.settingId = s.id AND x.oohCategory = old.oohCategory)
DELETE old
WITH DISTINCT n, r
UNWIND r.edges AS x
MATCH (s:Setting {id: x.settingId})
MERGE (n)-[w:WORKS_IN {oohCategory: x.oohCategory}]->(s)
SET w.sharePct = x.sharePct, w.scope = x.scope, w.source = x.source
