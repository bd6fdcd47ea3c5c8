// Floor: the first 50 careers by title with the total count and four nested lists each.
MATCH (c:Career)
WITH c ORDER BY toLower(c.title), c.slug
WITH collect(c) AS matching
UNWIND matching[0..50] AS c
RETURN size(matching) AS totalCount, c.slug AS slug,
  COLLECT { MATCH (c)-[w:WORKS_IN]->(s:Setting) RETURN {sharePct: w.sharePct, id: s.id} } AS settings,
  COLLECT { MATCH (c)-[:HAS_CREDENTIAL]->(x:Credential)
            RETURN {id: x.id, issuer: COLLECT { MATCH (x)-[:ISSUED_BY]->(o) RETURN o.id }[0]} } AS credentials,
  COLLECT { MATCH (c)-[:HAS_TRAIT]->(t:Trait) RETURN t.id } AS traits,
  COLLECT { MATCH (c)-[:SIMILAR_TO]->(m:Career) RETURN m.slug } AS similar
