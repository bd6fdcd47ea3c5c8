// Careers by slug, one batch per request. $keys: [slug]
UNWIND $keys AS key
MATCH (n:Career {slug: key})
RETURN key, properties(n) AS item
