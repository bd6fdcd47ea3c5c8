// Links each career to its typical entry-level education. $rows: [{slug, code, source}]
UNWIND $rows AS r
MATCH (n:Career {slug: r.slug})
OPTIONAL MATCH (n)-[old:ENTRY_EDUCATION]->(e:EducationLevel)
WHERE e.code <> r.code
DELETE old
WITH DISTINCT n, r
MATCH (e:EducationLevel {code: r.code})
MERGE (n)-[x:ENTRY_EDUCATION]->(e)
SET x.source = r.source
