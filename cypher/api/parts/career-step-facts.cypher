// What the step rule (src/api/explore/step-adds.ts) reads of the career `c`: licensure, entry
// education with its rank and source, and the credentials it REQUIRES with their kind and
// source. One map, filled into the {{facts}} slot of career-step-facts, career-path and
// career-moves (src/api/explore/step-facts.loaders.ts), so the three cannot drift apart.
{
  slug: c.slug,
  oohUrl: c.oohUrl,
  licensure: c.licensure,
  entryEducation: head([(c)-[e:ENTRY_EDUCATION]->(l:EducationLevel) |
    {code: l.code, rank: l.rank, source: e.source}]),
  required: [(c)-[h:HAS_CREDENTIAL {role: 'REQUIRED'}]->(x:Credential) |
    {id: x.id, kind: x.kind, source: h.source}]
}
