// Links each career to every source its facts cite. $rows: [{slug, urls: [url]}]
UNWIND $rows AS r
MATCH (n:Career {slug: r.slug})
OPTIONAL MATCH (n)-[old:SOURCED_FROM]->(s:Source)
WHERE NOT s.url IN r.urls
DELETE old
WITH DISTINCT n, r
UNWIND r.urls AS url
MATCH (s:Source {url: url})
MERGE (n)-[:SOURCED_FROM]->(s)
