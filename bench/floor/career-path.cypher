// Floor: the shortest advancement path with the credentials each step adds.
MATCH (a:Career {slug: $from}), (b:Career {slug: $to})
MATCH p = shortestPath((a)-[:ADVANCES_TO*1..8]->(b))
WITH nodes(p) AS ns, relationships(p) AS rs
UNWIND range(0, size(rs) - 1) AS i
WITH i, ns[i] AS here, ns[i + 1] AS next, coalesce(rs[i].credentialIds, []) AS stated
WITH i, next, stated,
     [(next)-[:HAS_CREDENTIAL {role: 'REQUIRED'}]->(x)
       WHERE NOT EXISTS { (here)-[:HAS_CREDENTIAL {role: 'REQUIRED'}]->(x) } | x.id] AS added
RETURN next.slug AS to, stated + [id IN added WHERE NOT id IN stated] AS credentialIds ORDER BY i
