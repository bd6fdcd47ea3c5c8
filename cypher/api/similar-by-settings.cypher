// Careers most like one career by where they work: the overlap of their job shares per setting
// (sum over shared settings of the smaller share, in percent of jobs; 1.0 = identical spread).
// Each side's shares are summed per setting first, since a setting groups several OOH
// categories. Shares the sources do not give count as 0. $slug, $limit, $props (the
// career properties to return, whitelisted by the resolver), $shared (whether to list them)
MATCH (c:Career {slug: $slug})-[w1:WORKS_IN]->(s:Setting)
WITH c, s, sum(coalesce(w1.sharePct, 0.0)) AS a
MATCH (s)<-[w2:WORKS_IN]-(other:Career)
WHERE other <> c
WITH other, s, a, sum(coalesce(w2.sharePct, 0.0)) AS b
// Rank by counts only, cut, then read the kept careers' properties and shared settings: at
// 3,000 careers nearly every career shares a setting, and building their lists was most of the
// work.
WITH other, count(s) AS sharedCount, sum(CASE WHEN a < b THEN a ELSE b END) AS overlap
ORDER BY overlap DESC, sharedCount DESC, toLower(other.title)
LIMIT toInteger($limit)
RETURN [k IN $props | other[k]] AS career, overlap / 100.0 AS score,
       CASE WHEN $shared THEN COLLECT { MATCH (:Career {slug: $slug})-[:WORKS_IN]->(s:Setting)<-[:WORKS_IN]-(other)
                 WITH DISTINCT s ORDER BY s.name RETURN s {.id, .name} } END AS shared
