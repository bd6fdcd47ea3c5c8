// Shortest advancement path between two careers, with what each step needs.
// Returns no row when either career is missing or no path exists; from = to is answered by the
// resolver (a path of no steps). $from, $to
MATCH (a:Career {slug: $from}), (b:Career {slug: $to})
MATCH p = shortestPath((a)-[:ADVANCES_TO*1..8]->(b))
RETURN [i IN range(0, size(relationships(p)) - 1) | {
  from: properties(nodes(p)[i]),
  to: properties(nodes(p)[i + 1]),
  credentialIds: relationships(p)[i].credentialIds,
  educationCode: relationships(p)[i].educationCode,
  note: relationships(p)[i].note,
  source: relationships(p)[i].source
}] AS steps
