// Links careers to their family (multi-occupation OOH page). $rows: [{slug, familySlug, source}]
// Stale links are dropped first, so a re-load mirrors the seed files exactly.
UNWIND $rows AS r
MATCH (n:Career {slug: r.slug})
// Stale edges, found from the career: the far end is left unlabelled so the planner cannot
// start from it (see career-credentials.cypher).
CALL (n, r) {
  MATCH (n)-[old:PART_OF]->(f)
  WHERE r.familySlug IS NULL OR f.slug <> r.familySlug
  DELETE old
}
MATCH (f:CareerFamily {slug: r.familySlug})
MERGE (n)-[e:PART_OF]->(f)
SET e.source = r.source
