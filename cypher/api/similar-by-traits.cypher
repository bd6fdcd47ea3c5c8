// Careers most like one career by shared traits: Jaccard similarity of their trait sets
// (shared ÷ all distinct traits of the two), with the shared traits that explain it.
// $slug, $limit
MATCH (c:Career {slug: $slug})
WITH c, COUNT { (c)-[:HAS_TRAIT]->() } AS mine
MATCH (c)-[:HAS_TRAIT]->(t:Trait)<-[:HAS_TRAIT]-(other:Career)
WITH other, mine, count(t) AS sharedCount
WITH other, sharedCount,
     toFloat(sharedCount) / (mine + COUNT { (other)-[:HAS_TRAIT]->() } - sharedCount) AS score
// Rank by counts only, cut, then read the kept careers' properties and shared items.
ORDER BY score DESC, sharedCount DESC, toLower(other.title)
LIMIT toInteger($limit)
RETURN properties(other) AS career, score,
       COLLECT { MATCH (:Career {slug: $slug})-[:HAS_TRAIT]->(t:Trait)<-[:HAS_TRAIT]-(other)
                 WITH DISTINCT t ORDER BY t.name RETURN t {.id, .name} } AS shared
