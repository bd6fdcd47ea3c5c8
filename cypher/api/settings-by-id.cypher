// Settings by id. $keys: [setting id]
UNWIND $keys AS key
MATCH (s:Setting {id: key})
RETURN key, s {.id, .name, .description, careerCount: COUNT { MATCH (s)<-[:WORKS_IN]-(c:Career) RETURN DISTINCT c }} AS item
