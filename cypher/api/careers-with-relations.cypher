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
// career-bundle.ts turns back into objects; the keys come from the whitelists of career-lists.ts
// and career-projection.ts, never from a request.
// Each list's own loader is this statement asked for that list alone (career.loaders.ts), so
// each list's order is written once: in career-lists.ts, and here for similar occupations.
//
// Each career is sent once per level, however many careers of the level above name it (a page
// of 50 names each similar occupation about ten times).
//
// One row per career and level, not one row holding everything: the driver decodes a Bolt
// message larger than a chunk (~8 KB) through its slow path, a StringDecoder and a walk over every
// chunk for each string, which made Bolt decoding ~22 % of the API's busy CPU on a page of 50.
//
// $keys: [slug], $levels: [level projection] (1 to 4 levels)
// -> rows {depth, item, lists, similar}, with `lists` the rows of each list the level selected
//    (settings as the career's WORKS_IN edges) and `similar` the slugs of its similar
//    occupations, whose rows are at depth + 1 (or nowhere, when that level would hold nothing
//    but their slugs).
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
  WITH depth, p, careers WHERE p.anyList
  UNWIND careers AS n
  // COLLECT subqueries rather than CALL blocks: ~8 % less database time for the lists of a page.
  // {{lists}} is a map with one entry per list of src/api/career/career-lists.ts, put here at
  // start-up from that file's `column`s: `CASE WHEN p.<field> IS NOT NULL THEN <column> END`.
  RETURN depth AS d, [k IN p.career | n[k]] AS item, {{lists}} AS lists,
    CASE WHEN p.similar THEN COLLECT {
      MATCH (n)-[:SIMILAR_TO]->(m:Career)
      WITH m ORDER BY toLower(m.title)
      RETURN m.slug
    } END AS similar
  UNION ALL
  WITH depth, p, careers WHERE NOT p.anyList
  UNWIND careers AS n
  RETURN depth AS d, [k IN p.career | n[k]] AS item, null AS lists, null AS similar
}
RETURN d AS depth, item, lists, similar
