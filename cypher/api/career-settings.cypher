// Work settings of each career, as its WORKS_IN edges: one per OOH employer category, with the
// canonical setting it folds into. src/api/career/setting-shares.ts groups them, each setting once
// per scope with the categories' shares summed (scope says whose jobs the shares count:
// OCCUPATION, or FAMILY where the page gives one table for its whole group; the two do not add
// up), and orders them: largest share first, settings with no known share last, then by name.
// $keys: [career slug]
UNWIND $keys AS key
MATCH (:Career {slug: key})-[w:WORKS_IN]->(s:Setting)
RETURN key, collect({
  setting: s {.id, .name, .description}, settingId: s.id, settingName: s.name,
  scope: w.scope, oohCategory: w.oohCategory, sharePct: w.sharePct, source: w.source
}) AS items
