// Median pay by industry, where the OOH gives it. $rows: [{slug, edges: [{industry, medianAnnual, isLowerBound, source}]}]
UNWIND $rows AS r
MATCH (n:Career {slug: r.slug})
// Stale edges, found from the career: the far end is left unlabelled so the planner cannot
// start from it (see career-credentials.cypher).
CALL (n, r) {
  MATCH (n)-[old:PAY_IN_INDUSTRY]->(i)
  WHERE NOT i.name IN [x IN r.edges | x.industry]
  DELETE old
}
UNWIND r.edges AS x
MERGE (i:Industry {name: x.industry})
MERGE (n)-[p:PAY_IN_INDUSTRY]->(i)
SET p.medianAnnual = x.medianAnnual, p.isLowerBound = x.isLowerBound, p.source = x.source
