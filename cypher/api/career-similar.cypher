// The OOH's similar occupations that are in the graph. $keys: [career slug]
UNWIND $keys AS key
MATCH (:Career {slug: key})-[:SIMILAR_TO]->(m:Career)
WITH key, m ORDER BY m.title
RETURN key, collect(properties(m)) AS items
