// The OOH's "similar occupations" between careers in the graph. $rows: [{slug, edges: [{slug, source}]}]
UNWIND $rows AS r
MATCH (n:Career {slug: r.slug})
// Stale edges, found from the career: the far end is left unlabelled so the planner cannot
// start from it (see career-credentials.cypher).
CALL (n, r) {
  MATCH (n)-[old:SIMILAR_TO]->(m)
  WHERE NOT m.slug IN [x IN r.edges | x.slug]
  DELETE old
}
UNWIND r.edges AS x
MATCH (m:Career {slug: x.slug})
MERGE (n)-[s:SIMILAR_TO]->(m)
SET s.source = x.source
