// Careers by slug with the nested lists the request selected, in one statement, down through
// similar occupations: `career { similarOccupations { similarOccupations { traits } } }` is one
// round trip, not one per level. The career and careers resolvers look ahead in the selection
// set and send $levels (src/api/career/career-projection.ts, flattened in career-bundle.ts):
// level 0 is the careers asked for, level d+1 the similar occupations of level d's careers, and
// each level says which properties and lists its careers need. Only those cross Bolt: whole nodes
// and every list field cost ~7x the bytes of the answer, and decoding them was most of a
// request's time. $levels is a parameter, so every selection shares this one plan (planned at
// start-up).
//
// Properties come back as lists of values in the level's order (k IN p.x | node[k]), which
// career-bundle.ts turns back into objects; keys are whitelisted there, never taken from a request.
// The lists sort, group and sum exactly as their own loaders' statements do (career-settings,
// career-credentials, career-traits, career-sources, career-similar); test/integration/
// look-ahead.test.ts checks that both answer the same for every career.
//
// Each career is sent once per level, however many careers of the level above name it (a page
// of 50 names each similar occupation about ten times).
//
// One row per career and level, not one row holding everything: the driver decodes a Bolt
// message larger than a chunk (~8 KB) through its slow path, a StringDecoder and a walk over every
// chunk for each string, which made Bolt decoding ~22 % of the API's busy CPU on a page of 50.
//
// $keys: [slug], $levels: [level projection] (1 to 4 levels)
// -> rows {depth, item, settings, credentials, traits, sources, similar}, with `similar` the slugs
//    of the career's similar occupations, whose rows are at depth + 1.
UNWIND $keys AS key
MATCH (n:Career {slug: key})
WITH collect(DISTINCT n) AS level0
CALL (level0) {
  WITH level0 WHERE size($levels) > 1
  UNWIND level0 AS a
  MATCH (a)-[:SIMILAR_TO]->(m:Career)
  RETURN collect(DISTINCT m) AS level1
}
CALL (level1) {
  WITH level1 WHERE size($levels) > 2
  UNWIND level1 AS a
  MATCH (a)-[:SIMILAR_TO]->(m:Career)
  RETURN collect(DISTINCT m) AS level2
}
CALL (level2) {
  WITH level2 WHERE size($levels) > 3
  UNWIND level2 AS a
  MATCH (a)-[:SIMILAR_TO]->(m:Career)
  RETURN collect(DISTINCT m) AS level3
}
UNWIND range(0, size($levels) - 1) AS depth
WITH depth, $levels[depth] AS p, [level0, level1, level2, level3][depth] AS careers
// A level that reads no list (the similar occupations of a page: ~500 careers at 3,000) skips
// the per-career subqueries and their per-row cost: at 3,000 careers the page of 50's lists
// statement went from a median of ~47 ms to ~34 ms alone.
CALL (depth, p, careers) {
  WITH depth, p, careers WHERE p.lists
  UNWIND careers AS n
  CALL (n, p) {
    WITH n, p WHERE p.settings IS NOT NULL
    MATCH (n)-[w:WORKS_IN]->(s:Setting)
    WITH p, s, w ORDER BY coalesce(w.sharePct, -1) DESC, w.oohCategory
    WITH p, s, w.scope AS scope, collect(w) AS edges
    WITH p, s, scope, edges, [e IN edges WHERE e.sharePct IS NOT NULL | e.sharePct] AS known
    WITH p, s, scope, edges,
         CASE WHEN size(known) = 0 THEN null ELSE reduce(total = 0, x IN known | total + x) END AS sharePct
    ORDER BY coalesce(sharePct, -1) DESC, toLower(s.name), scope
    RETURN collect([
      [k IN p.settings.setting | s[k]],
      sharePct,
      scope,
      CASE WHEN p.settings.oohCategories THEN [e IN edges | e.oohCategory] END,
      CASE WHEN p.settings.categories
        THEN [e IN edges | [e.oohCategory, e.sharePct, e.source]] END,
      CASE WHEN p.settings.sources
        THEN reduce(urls = [], e IN edges | CASE WHEN e.source IN urls THEN urls ELSE urls + e.source END) END,
      CASE WHEN p.settings.largestCategory THEN [edges[0].oohCategory, edges[0].source] END
    ]) AS settings
  }
  CALL (n, p) {
    WITH n, p WHERE p.credentials IS NOT NULL
    MATCH (n)-[h:HAS_CREDENTIAL]->(c:Credential)
    WITH p, h, c
    ORDER BY CASE h.role WHEN 'REQUIRED' THEN 0 WHEN 'REQUIRED_IN_SOME_STATES' THEN 1
      WHEN 'PREFERRED' THEN 2 ELSE 3 END, c.name
    RETURN collect([
      [k IN p.credentials.credential | c[k]],
      CASE WHEN p.credentials.role THEN h.role END,
      CASE WHEN p.credentials.note THEN h.note END,
      CASE WHEN p.credentials.source THEN h.source END,
      CASE WHEN p.credentials.issuer IS NOT NULL
        THEN COLLECT { MATCH (c)-[:ISSUED_BY]->(o:Organization)
                       RETURN [k IN p.credentials.issuer | o[k]] } END
    ]) AS credentials
  }
  CALL (n, p) {
    WITH n, p WHERE p.traits IS NOT NULL
    MATCH (n)-[:HAS_TRAIT]->(t:Trait)
    WITH p, t ORDER BY toLower(t.name)
    RETURN collect([k IN p.traits | t[k]]) AS traits
  }
  CALL (n, p) {
    WITH n, p WHERE p.sources IS NOT NULL
    MATCH (n)-[:SOURCED_FROM]->(s:Source)
    WITH p, s ORDER BY s.kind, s.url
    RETURN collect([k IN p.sources | s[k]]) AS sources
  }
  CALL (n, p) {
    WITH n WHERE p.similar
    MATCH (n)-[:SIMILAR_TO]->(m:Career)
    WITH m ORDER BY toLower(m.title)
    RETURN collect(m.slug) AS similar
  }
  RETURN depth AS d, [k IN p.career | n[k]] AS item, settings, credentials, traits, sources,
         similar
  UNION ALL
  WITH depth, p, careers WHERE NOT p.lists
  UNWIND careers AS n
  RETURN depth AS d, [k IN p.career | n[k]] AS item, null AS settings, null AS credentials,
         null AS traits, null AS sources, null AS similar
}
RETURN d AS depth, item, settings, credentials, traits, sources, similar
