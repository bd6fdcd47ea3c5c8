// Credentials a career requires, prefers or offers. $rows: [{slug, edges: [{credentialId, role, note, source}]}]
UNWIND $rows AS r
MATCH (n:Career {slug: r.slug})
// Stale edges, found from the career. The far end is left unlabelled (every HAS_CREDENTIAL
// ends at a Credential) so the planner cannot start from it: on a first load, with no such
// edges yet, its statistics favoured scanning every Credential for every career (PROFILE at
// 3,000 careers: 3.6 M rows, 13 M db hits, 8.7 s for 9,007 edges, where 1.4 s will do).
CALL (n, r) {
  MATCH (n)-[old:HAS_CREDENTIAL]->(c)
  WHERE NOT c.id IN [x IN r.edges | x.credentialId]
  DELETE old
}
UNWIND r.edges AS x
MATCH (c:Credential {id: x.credentialId})
MERGE (n)-[h:HAS_CREDENTIAL]->(c)
SET h.role = x.role, h.note = x.note, h.source = x.source
