// Upserts credentials with their issuer and source. $rows: [{id, name, acronym, kind, issuerId, note, source}]
UNWIND $rows AS r
MERGE (c:Credential {id: r.id})
SET c.name = r.name, c.acronym = r.acronym, c.kind = r.kind, c.note = r.note, c.source = r.source
WITH c, r
OPTIONAL MATCH (c)-[old:ISSUED_BY]->(o:Organization)
WHERE r.issuerId IS NULL OR o.id <> r.issuerId
DELETE old
WITH DISTINCT c, r
CALL (c, r) {
  MATCH (o:Organization {id: r.issuerId})
  MERGE (c)-[i:ISSUED_BY]->(o)
  SET i.source = r.source
}
WITH DISTINCT c, r
MATCH (s:Source {url: r.source})
MERGE (c)-[:SOURCED_FROM]->(s)
