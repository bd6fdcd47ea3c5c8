// Work settings with the share of the career's jobs; one edge per OOH employer category.
// $rows: [{slug, edges: [{settingId, oohCategory, sharePct, source}]}]
UNWIND $rows AS r
MATCH (n:Career {slug: r.slug})
OPTIONAL MATCH (n)-[old:WORKS_IN]->(s:Setting)
WHERE NOT any(x IN r.edges WHERE x.settingId = s.id AND x.oohCategory = old.oohCategory)
DELETE old
WITH DISTINCT n, r
UNWIND r.edges AS x
MATCH (s:Setting {id: x.settingId})
MERGE (n)-[w:WORKS_IN {oohCategory: x.oohCategory}]->(s)
SET w.sharePct = x.sharePct, w.source = x.source
