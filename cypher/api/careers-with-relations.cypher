// Careers by slug with the nested lists the request selected, in one statement. The career and
// careers resolvers look ahead in the selection set and send $p, a projection
// (src/api/career/career-projection.ts): which lists to read and, for each, which properties.
// Only those cross Bolt: whole nodes and every list field cost ~7x the bytes of the answer, and
// decoding them was most of a request's time. $p is a parameter, so every selection shares this
// one plan (planned at start-up).
//
// Properties come back as lists of values in $p's order (k IN $p.x | node[k]), which
// career-bundle.ts turns back into objects; keys are whitelisted there, never taken from a request.
// The lists sort, group and sum exactly as their own loaders' statements do (career-settings,
// career-credentials, career-traits, career-sources); test/integration/look-ahead.test.ts checks
// that both answer the same for every career.
//
// $keys: [slug], $p: CareerProjection
// -> one row {rows: [{key, item, settings, credentials, traits, sources, similar}],
//    similarCareers: [values]}: a similar career is listed by slug and its values are sent once
//    per batch (a page of 50 names each about ten times).
UNWIND $keys AS key
MATCH (n:Career {slug: key})
CALL (n) {
  WITH n WHERE $p.settings IS NOT NULL
  MATCH (n)-[w:WORKS_IN]->(s:Setting)
  WITH s, w ORDER BY coalesce(w.sharePct, -1) DESC, w.oohCategory
  WITH s, w.scope AS scope, collect(w) AS edges
  WITH s, scope, edges, [e IN edges WHERE e.sharePct IS NOT NULL | e.sharePct] AS known
  WITH s, scope, edges,
       CASE WHEN size(known) = 0 THEN null ELSE reduce(total = 0, p IN known | total + p) END AS sharePct
  ORDER BY coalesce(sharePct, -1) DESC, toLower(s.name), scope
  RETURN collect([
    [k IN $p.settings.setting | s[k]],
    sharePct,
    scope,
    CASE WHEN $p.settings.oohCategories THEN [e IN edges | e.oohCategory] END,
    CASE WHEN $p.settings.categories
      THEN [e IN edges | [e.oohCategory, e.sharePct, e.source]] END,
    CASE WHEN $p.settings.sources
      THEN reduce(urls = [], e IN edges | CASE WHEN e.source IN urls THEN urls ELSE urls + e.source END) END,
    CASE WHEN $p.settings.largestCategory THEN [edges[0].oohCategory, edges[0].source] END
  ]) AS settings
}
CALL (n) {
  WITH n WHERE $p.credentials IS NOT NULL
  MATCH (n)-[h:HAS_CREDENTIAL]->(c:Credential)
  WITH h, c
  ORDER BY CASE h.role WHEN 'REQUIRED' THEN 0 WHEN 'REQUIRED_IN_SOME_STATES' THEN 1
    WHEN 'PREFERRED' THEN 2 ELSE 3 END, c.name
  RETURN collect([
    [k IN $p.credentials.credential | c[k]],
    CASE WHEN $p.credentials.role THEN h.role END,
    CASE WHEN $p.credentials.note THEN h.note END,
    CASE WHEN $p.credentials.source THEN h.source END,
    CASE WHEN $p.credentials.issuer IS NOT NULL
      THEN COLLECT { MATCH (c)-[:ISSUED_BY]->(o:Organization)
                     RETURN [k IN $p.credentials.issuer | o[k]] } END
  ]) AS credentials
}
CALL (n) {
  WITH n WHERE $p.traits IS NOT NULL
  MATCH (n)-[:HAS_TRAIT]->(t:Trait)
  WITH t ORDER BY toLower(t.name)
  RETURN collect([k IN $p.traits | t[k]]) AS traits
}
CALL (n) {
  WITH n WHERE $p.sources IS NOT NULL
  MATCH (n)-[:SOURCED_FROM]->(s:Source)
  WITH s ORDER BY s.kind, s.url
  RETURN collect([k IN $p.sources | s[k]]) AS sources
}
CALL (n) {
  WITH n WHERE $p.similar IS NOT NULL
  MATCH (n)-[:SIMILAR_TO]->(m:Career)
  WITH m ORDER BY toLower(m.title)
  RETURN collect(m) AS similar
}
WITH collect({
  key: key, item: [k IN $p.career | n[k]], settings: settings, credentials: credentials,
  traits: traits, sources: sources, similar: [m IN similar | m.slug]
}) AS rows, collect(similar) AS similarLists
CALL (similarLists) {
  UNWIND similarLists AS list
  UNWIND list AS m
  RETURN collect(DISTINCT m) AS distinctSimilar
}
RETURN rows, [m IN distinctSimilar | [k IN $p.similar | m[k]]] AS similarCareers
