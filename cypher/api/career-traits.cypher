// Traits of each career, by name. $keys: [career slug]
UNWIND $keys AS key
MATCH (:Career {slug: key})-[h:HAS_TRAIT]->(t:Trait)
WITH key, t ORDER BY toLower(t.name)
RETURN key, collect(t {.id, .name, .kind}) AS items
