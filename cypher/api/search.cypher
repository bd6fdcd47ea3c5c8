// Full-text search over careers, settings, credentials and traits, best match first. Only what a
// hit shows crosses Bolt (its type, id, title and score), not the node.
// $query: an escaped Lucene query (src/api/shared/lucene.ts toLuceneQuery), $limit: Int
CALL () {
  CALL db.index.fulltext.queryNodes('career_text', $query) YIELD node, score
  RETURN 'CAREER' AS type, node.slug AS id, node.title AS title, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('catalog_text', $query) YIELD node, score
  RETURN CASE WHEN node:Setting THEN 'SETTING' WHEN node:Credential THEN 'CREDENTIAL' ELSE 'TRAIT' END AS type,
         node.id AS id, node.name AS title, score
}
RETURN type, id, title, score
ORDER BY score DESC, toLower(title)
LIMIT toInteger($limit)
