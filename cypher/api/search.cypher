// Full-text search over careers, settings, credentials and traits, best match first.
// $query: an escaped Lucene query (src/api/shared/lucene.ts toLuceneQuery), $limit: Int
CALL () {
  CALL db.index.fulltext.queryNodes('career_text', $query) YIELD node, score
  RETURN 'CAREER' AS type, node.slug AS id, node.title AS title, score, node
  UNION ALL
  CALL db.index.fulltext.queryNodes('catalog_text', $query) YIELD node, score
  RETURN CASE WHEN node:Setting THEN 'SETTING' WHEN node:Credential THEN 'CREDENTIAL' ELSE 'TRAIT' END AS type,
         node.id AS id, node.name AS title, score, node
}
RETURN type, id, title, score, properties(node) AS item
ORDER BY score DESC, toLower(title)
LIMIT toInteger($limit)
