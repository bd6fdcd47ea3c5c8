// Floor: full-text search over careers and the catalogue, best match first. $query is Lucene.
CALL () {
  CALL db.index.fulltext.queryNodes('career_text', $query) YIELD node, score
  RETURN 'CAREER' AS type, node.slug AS id, node.title AS title, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('catalog_text', $query) YIELD node, score
  RETURN CASE WHEN node:Setting THEN 'SETTING' WHEN node:Credential THEN 'CREDENTIAL' ELSE 'TRAIT' END AS type,
         node.id AS id, node.name AS title, score
}
RETURN type, id, score ORDER BY score DESC, toLower(title) LIMIT toInteger($first)
