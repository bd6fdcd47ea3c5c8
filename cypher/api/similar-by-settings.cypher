// Careers most like one career by where they work: the overlap of their job shares per setting
// (sum over shared settings of the smaller share, in percent of jobs; 1.0 = identical spread).
// Each side's shares are summed per setting first, since a setting groups several OOH
// categories. Shares the sources do not give count as 0. $slug, $limit
MATCH (c:Career {slug: $slug})-[w1:WORKS_IN]->(s:Setting)
WITH c, s, sum(coalesce(w1.sharePct, 0.0)) AS a
MATCH (s)<-[w2:WORKS_IN]-(other:Career)
WHERE other <> c
WITH other, s, a, sum(coalesce(w2.sharePct, 0.0)) AS b
WITH other, collect(s) AS settings, sum(CASE WHEN a < b THEN a ELSE b END) AS overlap
// Rank and cut first, then read properties: only the kept careers' (at 3,000 careers nearly
// every career shares a setting, and projecting all of them was most of the work).
ORDER BY overlap DESC, size(settings) DESC, toLower(other.title)
LIMIT toInteger($limit)
RETURN properties(other) AS career, overlap / 100.0 AS score,
       [s IN settings | s {.id, .name}] AS shared
