// Links each career to its typical entry-level education. $rows: [{slug, code, source}]
UNWIND $rows AS r
MATCH (n:Career {slug: r.slug})
// Stale edges, found from the career: the far end is left unlabelled so the planner cannot
// start from it (see career-credentials.cypher).
CALL (n, r) {
  MATCH (n)-[old:ENTRY_EDUCATION]->(e)
  WHERE e.code <> r.code
  DELETE old
}
MATCH (e:EducationLevel {code: r.code})
MERGE (n)-[x:ENTRY_EDUCATION]->(e)
SET x.source = r.source
