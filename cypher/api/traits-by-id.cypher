// Traits by id. $keys: [trait id]
UNWIND $keys AS key
MATCH (t:Trait {id: key})
RETURN key, t {.id, .name, .kind} AS item
