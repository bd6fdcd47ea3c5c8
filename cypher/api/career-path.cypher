// Shortest advancement path between two careers, with what the source states each step needs.
// What a step adds is decided by the step rule (src/api/explore/step-adds.ts), over both careers'
// facts, not here; the facts ({{facts}}, the map career-step-facts.cypher reads) and every
// credential a step can add (those stated, and those the next career requires) come back with
// the path, so the rule and the steps' credentials need no statement of their own. With no path (or a missing career) the aggregate
// still returns one row, with no steps; from = to is answered by the resolver (a path of no
// steps). Like the look-ahead statement, it returns only the career properties the request
// selected: $p = {from: [career property], to: [career property]}, names whitelisted by the
// resolver. $from, $to, $p
MATCH (a:Career {slug: $from}), (b:Career {slug: $to})
MATCH p = shortestPath((a)-[:ADVANCES_TO*1..8]->(b))
WITH nodes(p) AS ns, relationships(p) AS rs
UNWIND range(0, size(rs) - 1) AS i
WITH i, ns[i] AS here, ns[i + 1] AS next, rs[i] AS step
CALL (here, next) {
  UNWIND [here, next] AS c
  RETURN collect({{facts}}) AS facts
}
WITH i, here, next, step, facts,
     COLLECT { MATCH (x:Credential) WHERE x.id IN coalesce(step.credentialIds, []) RETURN x } +
     COLLECT { MATCH (next)-[:HAS_CREDENTIAL {role: 'REQUIRED'}]->(x:Credential) RETURN x } AS addable
ORDER BY i
RETURN collect({
  from: [k IN $p.from | here[k]],
  to: [k IN $p.to | next[k]],
  fromSlug: here.slug,
  toSlug: next.slug,
  credentialIds: step.credentialIds,
  educationCode: step.educationCode,
  note: step.note,
  source: step.source,
  facts: facts,
  // credentials-by-id.cypher's projection: these prime the request's credential loader.
  credentials: [x IN addable | x {.id, .name, .acronym, .kind, .note, .source}]
}) AS steps
