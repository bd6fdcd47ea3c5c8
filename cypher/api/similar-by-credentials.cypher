// Careers most like one career by credentials: Jaccard similarity of their credential sets,
// with the shared credentials. $slug, $limit, $props (the
// career properties to return, whitelisted by the resolver), $shared (whether to list them)
MATCH (c:Career {slug: $slug})
WITH c, COUNT { (c)-[:HAS_CREDENTIAL]->() } AS mine
MATCH (c)-[:HAS_CREDENTIAL]->(x:Credential)<-[:HAS_CREDENTIAL]-(other:Career)
WITH other, mine, count(x) AS sharedCount
WITH other, sharedCount,
     toFloat(sharedCount) / (mine + COUNT { (other)-[:HAS_CREDENTIAL]->() } - sharedCount) AS score
// Rank by counts only, cut, then read the kept careers' properties and shared items.
ORDER BY score DESC, sharedCount DESC, toLower(other.title)
LIMIT toInteger($limit)
RETURN [k IN $props | other[k]] AS career, score,
       CASE WHEN $shared THEN COLLECT { MATCH (:Career {slug: $slug})-[:HAS_CREDENTIAL]->(x:Credential)<-[:HAS_CREDENTIAL]-(other)
                 WITH DISTINCT x ORDER BY x.name RETURN x {.id, .name} } END AS shared
