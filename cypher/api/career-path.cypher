// Shortest advancement path between two careers, with the credentials each step adds: those the
// source states for the step, plus those the next career requires that the previous one does not.
// With no path (or a missing career) the aggregate still returns one row, with no steps; from = to
// is answered by the resolver (a path of no steps). Like the look-ahead statement, it returns
// only what the request selected: $p = {from, to: [career property], credentials: [credential
// property] | null}, names whitelisted by the resolver. $from, $to, $p
MATCH (a:Career {slug: $from}), (b:Career {slug: $to})
MATCH p = shortestPath((a)-[:ADVANCES_TO*1..8]->(b))
WITH nodes(p) AS ns, relationships(p) AS rs
UNWIND range(0, size(rs) - 1) AS i
WITH i, ns[i] AS here, ns[i + 1] AS next, rs[i] AS step
WITH i, here, next, step, coalesce(step.credentialIds, []) AS stated,
     [(next)-[h:HAS_CREDENTIAL {role: 'REQUIRED'}]->(x)
       WHERE NOT EXISTS { (here)-[:HAS_CREDENTIAL {role: 'REQUIRED'}]->(x) } | x.id] AS newlyRequired
WITH i, here, next, step, stated + [id IN newlyRequired WHERE NOT id IN stated] AS ids
// The credentials themselves, in the same order, so the step's field needs no second query.
CALL (ids) {
  WITH ids WHERE $p.credentials IS NOT NULL
  UNWIND range(0, size(ids) - 1) AS j
  MATCH (x:Credential {id: ids[j]})
  WITH j, x ORDER BY j
  RETURN collect([k IN $p.credentials | x[k]]) AS credentials
}
ORDER BY i
RETURN collect({
  from: [k IN $p.from | here[k]],
  to: [k IN $p.to | next[k]],
  credentialIds: ids,
  credentials: credentials,
  educationCode: step.educationCode,
  note: step.note,
  source: step.source
}) AS steps
