// The OOH page family of careers that share one page. $keys: [career slug]
UNWIND $keys AS key
MATCH (:Career {slug: key})-[:PART_OF]->(f:CareerFamily)
RETURN key, f {.slug, .title, .source} AS item
