// Education levels a career can be entered or progressed with. $rows: [{slug, edges: [{code, note, source}]}]
UNWIND $rows AS r
MATCH (n:Career {slug: r.slug})
// Stale edges, found from the career: the far end is left unlabelled so the planner cannot
// start from it (see career-credentials.cypher).
CALL (n, r) {
  MATCH (n)-[old:EDUCATION_OPTION]->(e)
  WHERE NOT e.code IN [x IN r.edges | x.code]
  DELETE old
}
UNWIND r.edges AS x
MATCH (e:EducationLevel {code: x.code})
MERGE (n)-[o:EDUCATION_OPTION]->(e)
SET o.note = x.note, o.source = x.source
