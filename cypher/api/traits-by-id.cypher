// Traits by id. $keys: [trait id]
UNWIND $keys AS key
MATCH (t:Trait {id: key})
RETURN key, t {.id, .name, .kind, careerCount: COUNT { (t)<-[:HAS_TRAIT]-(:Career) }} AS item
