// Advancement steps the sources state, with what each step needs.
// $rows: [{slug, edges: [{slug, credentialIds, educationCode, note, source}]}]
UNWIND $rows AS r
MATCH (n:Career {slug: r.slug})
// Stale edges, found from the career: the far end is left unlabelled so the planner cannot
// start from it (see career-credentials.cypher).
CALL (n, r) {
  MATCH (n)-[old:ADVANCES_TO]->(m)
  WHERE NOT m.slug IN [x IN r.edges | x.slug]
  DELETE old
}
UNWIND r.edges AS x
MATCH (m:Career {slug: x.slug})
MERGE (n)-[a:ADVANCES_TO]->(m)
SET a.credentialIds = x.credentialIds, a.educationCode = x.educationCode, a.note = x.note,
    a.source = x.source
