// The OOH's "similar occupations" between careers in the graph. $rows: [{slug, edges: [{slug, source}]}]
UNWIND $rows AS r
MATCH (n:Career {slug: r.slug})
OPTIONAL MATCH (n)-[old:SIMILAR_TO]->(m:Career)
WHERE NOT m.slug IN [x IN r.edges | x.slug]
DELETE old
WITH DISTINCT n, r
UNWIND r.edges AS x
MATCH (m:Career {slug: x.slug})
MERGE (n)-[s:SIMILAR_TO]->(m)
SET s.source = x.source
