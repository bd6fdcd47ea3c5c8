// Careers most like one career by shared traits: Jaccard similarity of their trait sets
// (shared ÷ all distinct traits of the two), with the shared traits that explain it.
// $slug, $limit, $props (the
// career properties to return, whitelisted by the resolver), $shared (whether to list them)
MATCH (c:Career {slug: $slug})
WITH c, COUNT { (c)-[:HAS_TRAIT]->() } AS mine
MATCH (c)-[:HAS_TRAIT]->(t:Trait)<-[:HAS_TRAIT]-(other:Career)
WITH other, mine, count(t) AS sharedCount
WITH other, sharedCount,
     toFloat(sharedCount) / (mine + COUNT { (other)-[:HAS_TRAIT]->() } - sharedCount) AS score
// Rank by counts only, cut, then read the kept careers' properties and shared items.
ORDER BY score DESC, sharedCount DESC, toLower(other.title)
LIMIT toInteger($limit)
RETURN [k IN $props | other[k]] AS career, score,
       CASE WHEN $shared THEN COLLECT { MATCH (:Career {slug: $slug})-[:HAS_TRAIT]->(t:Trait)<-[:HAS_TRAIT]-(other)
                 WITH DISTINCT t ORDER BY t.name RETURN t {.id, .name} } END AS shared
