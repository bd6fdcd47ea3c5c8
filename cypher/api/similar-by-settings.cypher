// Careers most like one career by where they work: the overlap of their job shares per setting
// (sum over shared settings of the smaller share, in percent of jobs; 1.0 = identical spread).
// Each side's shares are summed per setting first, since a setting groups several OOH
// categories. Shares the sources do not give count as 0. $slug, $limit, $props (the
// career properties to return, whitelisted by the resolver), $shared (whether to list them)
MATCH (c:Career {slug: $slug})-[w1:WORKS_IN]->(s:Setting)
WITH c, s, sum(coalesce(w1.sharePct, 0.0)) AS a
// Only careers have WORKS_IN edges (the loader writes them), so the far end is not tested for
// its label: at 3,000 careers that test was 6,635 of the ~22,000 database hits.
MATCH (s)<-[w2:WORKS_IN]-(other)
WHERE other <> c
WITH other, s, a, sum(coalesce(w2.sharePct, 0.0)) AS b
// Rank by counts only, cut, then read the kept careers' properties and shared settings: at
// 3,000 careers nearly every career shares a setting, and building their lists was most of the
// work. Titles break ties only, so they are read for the candidates that tie with or beat the
// last kept one, not for all ~2,800.
WITH other, count(s) AS sharedCount, sum(CASE WHEN a < b THEN a ELSE b END) AS overlap
ORDER BY overlap DESC, sharedCount DESC
WITH collect({other: other, overlap: overlap, sharedCount: sharedCount}) AS ranked
WITH ranked, ranked[toInteger($limit) - 1] AS last
UNWIND ranked AS r
WITH r
WHERE last IS NULL OR r.overlap > last.overlap
   OR (r.overlap = last.overlap AND r.sharedCount >= last.sharedCount)
WITH r.other AS other, r.overlap AS overlap, r.sharedCount AS sharedCount
ORDER BY overlap DESC, sharedCount DESC, toLower(other.title)
LIMIT toInteger($limit)
RETURN [k IN $props | other[k]] AS career, overlap / 100.0 AS score,
       CASE WHEN $shared THEN COLLECT { MATCH (:Career {slug: $slug})-[:WORKS_IN]->(s:Setting)<-[:WORKS_IN]-(other)
                 WITH DISTINCT s ORDER BY s.name RETURN s {.id, .name} } END AS shared
