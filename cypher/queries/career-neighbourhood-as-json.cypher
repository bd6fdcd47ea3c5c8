// What is a career's neighbourhood, as one JSON document to hand on?
// Settings with their shares, credentials with role and issuer, traits, and the careers it leads
// to, built as a map and serialised with apoc.convert.toJson. Save it with
// `npm run -s cypher -- career-neighbourhood-as-json --format csv` or copy it out of Browser.
// @param slug: medical-records-specialists
// @column slug: Career.slug
// @column json: the neighbourhood as a JSON object
MATCH (c:Career {slug: $slug})
CALL (c) {
  OPTIONAL MATCH (c)-[w:WORKS_IN]->(s:Setting)
  WITH s, w ORDER BY s.name, w.oohCategory
  RETURN collect(CASE WHEN s IS NOT NULL
    THEN {setting: s.name, sharePct: w.sharePct, oohCategory: w.oohCategory} END) AS settings
}
CALL (c) {
  OPTIONAL MATCH (c)-[h:HAS_CREDENTIAL]->(cr:Credential)
  OPTIONAL MATCH (cr)-[:ISSUED_BY]->(o:Organization)
  WITH cr, h, o ORDER BY cr.name, o.name
  RETURN collect(CASE WHEN cr IS NOT NULL
    THEN {credential: cr.name, kind: cr.kind, role: h.role, issuer: o.name} END) AS credentials
}
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_TRAIT]->(t:Trait)
  WITH t ORDER BY t.name
  RETURN collect(t.name) AS traits
}
CALL (c) {
  OPTIONAL MATCH (c)-[:ADVANCES_TO]->(next:Career)
  WITH next ORDER BY next.title
  RETURN collect(next.title) AS advancesTo
}
RETURN c.slug AS slug,
       apoc.convert.toJson({
         career: c.title, slug: c.slug, medianPayAnnual: c.medianPayAnnual,
         licensure: c.licensure, settings: settings, credentials: credentials,
         traits: traits, advancesTo: advancesTo, source: c.oohUrl
       }) AS json
ORDER BY slug
