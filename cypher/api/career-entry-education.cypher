// Typical entry-level education of each career. $keys: [career slug]
UNWIND $keys AS key
MATCH (:Career {slug: key})-[:ENTRY_EDUCATION]->(e:EducationLevel)
RETURN key, e {.code, .name, .rank} AS item
