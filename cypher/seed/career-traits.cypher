// Important qualities and working conditions. $rows: [{slug, edges: [{traitId, source}]}]
UNWIND $rows AS r
MATCH (n:Career {slug: r.slug})
// Stale edges, found from the career: the far end is left unlabelled so the planner cannot
// start from it (see career-credentials.cypher).
CALL (n, r) {
  MATCH (n)-[old:HAS_TRAIT]->(t)
  WHERE NOT t.id IN [x IN r.edges | x.traitId]
  DELETE old
}
UNWIND r.edges AS x
MATCH (t:Trait {id: x.traitId})
MERGE (n)-[h:HAS_TRAIT]->(t)
SET h.source = x.source
