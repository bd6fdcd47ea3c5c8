// What lies within two steps of a career: the careers it leads to or resembles, their credentials, issuers and settings?
// APOC path expansion (apoc.path.subgraphAll) walks the graph outwards from the career along the
// listed relationship types, each node once, up to $maxLevel steps; the answer counts what it
// reached by label and names each node.
// @param slug: medical-records-specialists
// @param maxLevel: 2
// @column kind: node label (Career, Credential, Organization, Setting)
// @column count: number of nodes of that label reached, the career itself included
// @column names: their titles or names, sorted
MATCH (start:Career {slug: $slug})
CALL apoc.path.subgraphAll(start, {
  relationshipFilter: 'ADVANCES_TO>|SIMILAR_TO>|HAS_CREDENTIAL>|ISSUED_BY>|WORKS_IN>',
  maxLevel: toInteger($maxLevel)
})
YIELD nodes
UNWIND nodes AS n
WITH labels(n)[0] AS kind, coalesce(n.title, n.name) AS name
ORDER BY name
WITH kind, collect(name) AS names
RETURN kind, size(names) AS count, names
ORDER BY kind
