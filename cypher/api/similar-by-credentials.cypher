// Careers most like one career by credentials: Jaccard similarity of their credential sets,
// with the shared credentials. $slug, $limit
MATCH (c:Career {slug: $slug})-[:HAS_CREDENTIAL]->(x:Credential)<-[:HAS_CREDENTIAL]-(other:Career)
WITH c, other, collect(x {.id, .name}) AS shared
WITH c, other, shared,
     COUNT { (c)-[:HAS_CREDENTIAL]->() } + COUNT { (other)-[:HAS_CREDENTIAL]->() } - size(shared) AS unionSize
RETURN properties(other) AS career, toFloat(size(shared)) / unionSize AS score, shared
ORDER BY score DESC, size(shared) DESC, toLower(other.title)
LIMIT toInteger($limit)
