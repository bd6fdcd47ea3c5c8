// Careers most like one career by shared traits: Jaccard similarity of their trait sets
// (shared ÷ all distinct traits of the two), with the shared traits that explain it.
// $slug, $limit
MATCH (c:Career {slug: $slug})-[:HAS_TRAIT]->(t:Trait)<-[:HAS_TRAIT]-(other:Career)
WITH c, other, collect(t) AS items
WITH other, items,
     toFloat(size(items)) /
       (COUNT { (c)-[:HAS_TRAIT]->() } + COUNT { (other)-[:HAS_TRAIT]->() } - size(items)) AS score
// Rank and cut first, then read properties: only the kept careers'.
ORDER BY score DESC, size(items) DESC, toLower(other.title)
LIMIT toInteger($limit)
RETURN properties(other) AS career, score, [i IN items | i {.id, .name}] AS shared
