// Careers most like one career by shared traits: Jaccard similarity of their trait sets
// (shared ÷ all distinct traits of the two), with the shared traits that explain it.
// $slug, $limit
MATCH (c:Career {slug: $slug})-[:HAS_TRAIT]->(t:Trait)<-[:HAS_TRAIT]-(other:Career)
WITH c, other, collect(t {.id, .name}) AS shared
WITH c, other, shared,
     COUNT { (c)-[:HAS_TRAIT]->() } + COUNT { (other)-[:HAS_TRAIT]->() } - size(shared) AS unionSize
RETURN properties(other) AS career, toFloat(size(shared)) / unionSize AS score, shared
ORDER BY score DESC, size(shared) DESC, toLower(other.title)
LIMIT toInteger($limit)
