// Sources cited by each career's facts. $keys: [career slug]
UNWIND $keys AS key
MATCH (:Career {slug: key})-[:SOURCED_FROM]->(s:Source)
WITH key, s ORDER BY s.kind, s.url
RETURN key, collect(s {.url, .title, .publisher, .edition, lastModified: toString(s.lastModified), .kind}) AS items
