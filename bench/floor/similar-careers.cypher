// Floor: careers most like $slug by the overlap of their job shares per setting.
MATCH (c:Career {slug: $slug})-[w1:WORKS_IN]->(s:Setting)
WITH c, s, sum(coalesce(w1.sharePct, 0.0)) AS a
MATCH (s)<-[w2:WORKS_IN]-(other:Career)
WHERE other <> c
WITH other, s, a, sum(coalesce(w2.sharePct, 0.0)) AS b
WITH other, sum(CASE WHEN a < b THEN a ELSE b END) / 100.0 AS score, count(s) AS shared
RETURN other.slug AS slug, score ORDER BY score DESC, shared DESC, toLower(other.title)
LIMIT toInteger($first)
