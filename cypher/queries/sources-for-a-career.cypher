// Where does each fact about a career come from?
// Every source the career cites, with the facts that cite it: each edge of the career (setting,
// education, credential, trait, similar or next career, industry pay, family) names its source,
// and so does the issuer of each of its credentials. A cited source that backs no edge backs the
// figures stored on the career itself (pay, outlook, licensure).
// @param slug: medical-records-specialists
// @column source: source title
// @column url: Source.url
// @column publisher: who publishes it
// @column kind: OOH_PAGE, CAREER_REVIEW, CERTIFICATION_LIST or WEB_PAGE
// @column factCount: number of facts listed
// @column facts: the facts, as "RELATIONSHIP target"
MATCH (c:Career {slug: $slug})
CALL (c) {
  MATCH (c)-[r]->(x)
  WHERE r.source IS NOT NULL
  RETURN r.source AS url, type(r) + ' ' + coalesce(x.title, x.name) AS fact
  UNION
  MATCH (c)-[:HAS_CREDENTIAL]->(cr:Credential)-[i:ISSUED_BY]->(o:Organization)
  RETURN i.source AS url,
         'ISSUED_BY ' + coalesce(cr.acronym, cr.name) + ' by ' + coalesce(o.acronym, o.name) AS fact
  UNION
  RETURN c.oohUrl AS url, 'OOH profile of ' + c.title AS fact
}
WITH c, url, fact ORDER BY fact
WITH c, url, collect(fact) AS facts
WITH c, collect({url: url, facts: facts}) AS cited
MATCH (s:Source)
WHERE (c)-[:SOURCED_FROM]->(s) OR s.url IN [x IN cited | x.url]
WITH s, head([x IN cited WHERE x.url = s.url | x.facts]) AS facts
WITH s, coalesce(facts, ['career figures (pay, outlook or licensure)']) AS facts
RETURN s.title AS source,
       s.url AS url,
       s.publisher AS publisher,
       s.kind AS kind,
       size(facts) AS factCount,
       facts
ORDER BY factCount DESC, url
