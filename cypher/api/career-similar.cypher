// The OOH's similar occupations that are in the graph, per career. Careers are listed by slug and
// their properties sent once for the whole batch: a page of 50 careers names ~370 similar ones but
// only ~60 distinct, and decoding the repeats was a third of the request's CPU.
// $keys: [career slug] -> one row {lists: [{key, slugs}], careers: [properties]} (no row if none)
UNWIND $keys AS key
MATCH (:Career {slug: key})-[:SIMILAR_TO]->(m:Career)
WITH key, m ORDER BY toLower(m.title)
WITH key, collect(m) AS similar
WITH collect({key: key, similar: similar}) AS rows
UNWIND rows AS row
UNWIND row.similar AS m
WITH rows, collect(DISTINCT m) AS distinctCareers
RETURN [row IN rows | {key: row.key, slugs: [m IN row.similar | m.slug]}] AS lists,
       [m IN distinctCareers | properties(m)] AS careers
