// What the step rule (src/api/explore/step-adds.ts) reads of each career at either end of a step:
// licensure, entry education with its rank and source, and the credentials it REQUIRES with their
// kind and source. career-moves.cypher projects the same map for the careers on its paths.
// $keys: [career slug]
UNWIND $keys AS key
MATCH (c:Career {slug: key})
RETURN key, {
  slug: c.slug,
  oohUrl: c.oohUrl,
  licensure: c.licensure,
  entryEducation: head([(c)-[e:ENTRY_EDUCATION]->(l:EducationLevel) |
    {code: l.code, rank: l.rank, source: e.source}]),
  required: [(c)-[h:HAS_CREDENTIAL {role: 'REQUIRED'}]->(x:Credential) |
    {id: x.id, kind: x.kind, source: h.source}]
} AS item
