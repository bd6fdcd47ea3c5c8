// Important qualities and working conditions. $rows: [{slug, edges: [{traitId, source}]}]
UNWIND $rows AS r
MATCH (n:Career {slug: r.slug})
OPTIONAL MATCH (n)-[old:HAS_TRAIT]->(t:Trait)
WHERE NOT t.id IN [x IN r.edges | x.traitId]
DELETE old
WITH DISTINCT n, r
UNWIND r.edges AS x
MATCH (t:Trait {id: x.traitId})
MERGE (n)-[h:HAS_TRAIT]->(t)
SET h.source = x.source
