// Settings by id. $keys: [setting id]
UNWIND $keys AS key
MATCH (s:Setting {id: key})
RETURN key, s {.id, .name, .description} AS item
