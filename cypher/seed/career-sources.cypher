// Links each career to every source its facts cite. $rows: [{slug, urls: [url]}]
UNWIND $rows AS r
MATCH (n:Career {slug: r.slug})
// Stale edges, found from the career: the far end is left unlabelled so the planner cannot
// start from it (see career-credentials.cypher).
CALL (n, r) {
  MATCH (n)-[old:SOURCED_FROM]->(s)
  WHERE NOT s.url IN r.urls
  DELETE old
}
UNWIND r.urls AS url
MATCH (s:Source {url: url})
MERGE (n)-[:SOURCED_FROM]->(s)
