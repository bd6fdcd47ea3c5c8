// Careers by slug with the nested lists the request asked for, in one statement: the career
// and career-by-slug resolvers look ahead in the selection set, send what they found in
// $include, and prime the per-request loaders with the answer, so the field resolvers make no
// round trip of their own. One statement for every combination of lists (the flags are
// parameters): one plan, warmed at start-up.
//
// Each `{{file AS name}}` is the body of that per-career list query (cypher/api/<file>.cypher,
// the one its loader runs alone), inlined by src/api/career/career-bundle.ts: the lists are
// written once and cannot drift apart.
//
// $keys: [slug], $include: {settings, credentials, issuers, traits, sources, similar: boolean}
// -> one row {rows: [{key, item, settings, credentials, issuers, traits, sources, similar}],
//    similarCareers: [properties]}; similar careers are listed by slug and sent once per batch
//    (see career-similar.cypher for why).
UNWIND $keys AS key
MATCH (n:Career {slug: key})
CALL (key) {
  WITH key WHERE $include.settings
  {{api/career-settings AS settings}}
}
CALL (key) {
  WITH key WHERE $include.credentials
  {{api/career-credentials AS credentials}}
}
CALL (key) {
  WITH key WHERE $include.issuers
  MATCH (:Career {slug: key})-[:HAS_CREDENTIAL]->(c:Credential)-[:ISSUED_BY]->(o:Organization)
  RETURN collect({key: c.id, item: o {.id, .name, .acronym}}) AS issuers
}
CALL (key) {
  WITH key WHERE $include.traits
  {{api/career-traits AS traits}}
}
CALL (key) {
  WITH key WHERE $include.sources
  {{api/career-sources AS sources}}
}
CALL (key) {
  WITH key WHERE $include.similar
  MATCH (:Career {slug: key})-[:SIMILAR_TO]->(m:Career)
  WITH m ORDER BY toLower(m.title)
  RETURN collect(m) AS similar
}
WITH collect({
  key: key, item: properties(n), settings: settings, credentials: credentials, issuers: issuers,
  traits: traits, sources: sources, similar: [m IN similar | m.slug]
}) AS rows, collect(similar) AS similarLists
CALL (similarLists) {
  UNWIND similarLists AS list
  UNWIND list AS m
  RETURN collect(DISTINCT m) AS distinctSimilar
}
RETURN rows, [m IN distinctSimilar | properties(m)] AS similarCareers
