// Work settings of each career, largest share first; unknown shares last. $keys: [career slug]
UNWIND $keys AS key
MATCH (:Career {slug: key})-[w:WORKS_IN]->(s:Setting)
WITH key, w, s ORDER BY coalesce(w.sharePct, -1) DESC, toLower(s.name), w.oohCategory
RETURN key, collect({
  sharePct: w.sharePct, oohCategory: w.oohCategory, source: w.source,
  setting: s {.id, .name, .description}
}) AS items
