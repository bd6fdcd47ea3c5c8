// Careers working in each setting, largest share of their jobs first. A setting groups several
// OOH employer categories, so shares are summed per career; a career whose only edges have no
// known share (career-review facts) still appears, with a null share, after the others. Shares
// of a different scope (a family's table versus the occupation's own) are never added together.
// $keys: [setting id], $minSharePct: Float or null, $limit: Int
UNWIND $keys AS key
MATCH (s:Setting {id: key})<-[w:WORKS_IN]-(c:Career)
WITH key, c, w.scope AS scope, collect(w) AS ws
WITH key, c, scope, [w IN ws | w.oohCategory] AS categories,
     CASE WHEN any(w IN ws WHERE w.sharePct IS NOT NULL)
          THEN reduce(t = 0.0, w IN ws | t + coalesce(w.sharePct, 0.0)) END AS share
WHERE $minSharePct IS NULL OR share >= $minSharePct
WITH key, c, scope, categories, share ORDER BY coalesce(share, -1.0) DESC, toLower(c.title), scope
WITH key, collect({sharePct: share, scope: scope, oohCategories: categories, career: properties(c)}) AS items
RETURN key, items[0..toInteger($limit)] AS items
