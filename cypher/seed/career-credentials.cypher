// Credentials a career requires, prefers or offers. $rows: [{slug, edges: [{credentialId, role, note, source}]}]
UNWIND $rows AS r
MATCH (n:Career {slug: r.slug})
OPTIONAL MATCH (n)-[old:HAS_CREDENTIAL]->(c:Credential)
WHERE NOT c.id IN [x IN r.edges | x.credentialId]
DELETE old
WITH DISTINCT n, r
UNWIND r.edges AS x
MATCH (c:Credential {id: x.credentialId})
MERGE (n)-[h:HAS_CREDENTIAL]->(c)
SET h.role = x.role, h.note = x.note, h.source = x.source
