// The neighbourhood careerMoves walks: every career within $maxSteps steps of $from (1–3,
// checked by the resolver) along stated advancements (ADVANCES_TO) and the OOH's similar
// occupations (SIMILAR_TO), with the facts the step rule reads, and the relationships out of
// them. The resolver walks the paths itself (src/api/explore/career-moves.ts): a step's
// direction (advancements forwards only, similar occupations either way), includeSimilar and
// every constraint are applied there, with the step rule (step-adds.ts) written once. Returning
// the neighbourhood rather than the paths keeps the answer as small as the graph around the career:
// from registered nurses, three steps are ~10,000 paths but a few dozen careers.
//
// The reach is a superset of where a move can go (it walks either way, through any career); the
// resolver's walk narrows it. Each bound is its own branch because a pattern's bound cannot be a
// parameter; DISTINCT endpoints let Neo4j expand breadth-first and prune, not enumerate paths.
//
// Returns one row, or none when $from is no career: `careers`, the origin and every career in
// reach, each with its properties and the facts of the step rule (parts/career-step-facts.cypher,
// filled into {{facts}}), and `steps`, every ADVANCES_TO and SIMILAR_TO relationship out of
// those careers, as its source states it. $from, $maxSteps
MATCH (origin:Career {slug: $from})
OPTIONAL CALL (origin) {
  WITH origin WHERE $maxSteps = 1
  MATCH (origin)-[:ADVANCES_TO|SIMILAR_TO]-(n:Career)
  RETURN DISTINCT n
  UNION
  WITH origin WHERE $maxSteps = 2
  MATCH (origin)-[:ADVANCES_TO|SIMILAR_TO*1..2]-(n:Career)
  RETURN DISTINCT n
  UNION
  WITH origin WHERE $maxSteps = 3
  MATCH (origin)-[:ADVANCES_TO|SIMILAR_TO*1..3]-(n:Career)
  RETURN DISTINCT n
}
WITH origin, collect(n) AS near
UNWIND [origin] + [n IN near WHERE n <> origin] AS c
CALL (c) {
  OPTIONAL MATCH (c)-[r:ADVANCES_TO|SIMILAR_TO]->(next:Career)
  RETURN collect(CASE WHEN r IS NOT NULL THEN {
    type: type(r),
    from: c.slug,
    to: next.slug,
    note: r.note,
    source: r.source,
    educationCode: r.educationCode,
    credentials: [id IN coalesce(r.credentialIds, []) |
      {id: id, kind: COLLECT { MATCH (x:Credential {id: id}) RETURN x.kind }[0]}]
  } END) AS out
}
RETURN collect({
  career: properties(c),
  facts: {{facts}}
}) AS careers, reduce(all = [], s IN collect(out) | all + s) AS steps
