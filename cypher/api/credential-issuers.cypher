// Issuing organization of each credential. $keys: [credential id]
UNWIND $keys AS key
MATCH (:Credential {id: key})-[:ISSUED_BY]->(o:Organization)
RETURN key, o {.id, .name, .acronym} AS item
