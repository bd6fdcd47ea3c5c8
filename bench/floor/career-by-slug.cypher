// Floor: a career with its settings, credentials (and issuer), traits and sources, in one query.
MATCH (c:Career {slug: $slug})
RETURN c.title AS title, c.medianPayAnnual AS medianPayAnnual,
  COLLECT { MATCH (c)-[w:WORKS_IN]->(s:Setting)
            RETURN {sharePct: w.sharePct, name: s.name} ORDER BY coalesce(w.sharePct, -1) DESC } AS settings,
  COLLECT { MATCH (c)-[h:HAS_CREDENTIAL]->(x:Credential)
            RETURN {role: h.role, name: x.name, issuer: COLLECT { MATCH (x)-[:ISSUED_BY]->(o) RETURN o.name }[0]}
            ORDER BY x.name } AS credentials,
  COLLECT { MATCH (c)-[:HAS_TRAIT]->(t:Trait) RETURN t.name ORDER BY toLower(t.name) } AS traits,
  COLLECT { MATCH (c)-[:SOURCED_FROM]->(s:Source) RETURN s.url ORDER BY s.url } AS sources
