// Careers most like one career by credentials: Jaccard similarity of their credential sets,
// with the shared credentials. $slug, $limit
MATCH (c:Career {slug: $slug})-[:HAS_CREDENTIAL]->(x:Credential)<-[:HAS_CREDENTIAL]-(other:Career)
WITH c, other, collect(x) AS items
WITH other, items,
     toFloat(size(items)) /
       (COUNT { (c)-[:HAS_CREDENTIAL]->() } + COUNT { (other)-[:HAS_CREDENTIAL]->() } - size(items)) AS score
// Rank and cut first, then read properties: only the kept careers'.
ORDER BY score DESC, size(items) DESC, toLower(other.title)
LIMIT toInteger($limit)
RETURN properties(other) AS career, score, [i IN items | i {.id, .name}] AS shared
