// Shortest advancement path between two careers, with what the source states each step needs.
// What a step adds is decided by the step rule (src/api/explore/step-adds.ts), over both careers'
// facts (career-step-facts.cypher), not here. With no path (or a missing career) the aggregate
// still returns one row, with no steps; from = to is answered by the resolver (a path of no
// steps). Like the look-ahead statement, it returns only the career properties the request
// selected: $p = {from: [career property], to: [career property]}, names whitelisted by the
// resolver. $from, $to, $p
MATCH (a:Career {slug: $from}), (b:Career {slug: $to})
MATCH p = shortestPath((a)-[:ADVANCES_TO*1..8]->(b))
WITH nodes(p) AS ns, relationships(p) AS rs
UNWIND range(0, size(rs) - 1) AS i
WITH i, ns[i] AS here, ns[i + 1] AS next, rs[i] AS step
ORDER BY i
RETURN collect({
  from: [k IN $p.from | here[k]],
  to: [k IN $p.to | next[k]],
  fromSlug: here.slug,
  toSlug: next.slug,
  credentialIds: step.credentialIds,
  educationCode: step.educationCode,
  note: step.note,
  source: step.source
}) AS steps
