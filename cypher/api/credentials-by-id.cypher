// Credentials by id. $keys: [credential id]
UNWIND $keys AS key
MATCH (c:Credential {id: key})
RETURN key, c {.id, .name, .acronym, .kind, .note, .source} AS item
