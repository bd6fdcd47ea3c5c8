// Which careers require, prefer or accept a given credential?
// Careers linked to the credential $credential (a Credential.id, e.g. rhit, cna, nclex-rn), with
// the role each gives it. Credential ids: MATCH (c:Credential) RETURN c.id, c.name
// @param credential: rhit
// @column career: career title
// @column slug: Career.slug
// @column role: REQUIRED, REQUIRED_IN_SOME_STATES, PREFERRED or OPTIONAL
// @column credential: credential name
// @column issuer: the issuing organization (null when it has no single issuer)
MATCH (cr:Credential {id: $credential})<-[h:HAS_CREDENTIAL]-(c:Career)
OPTIONAL MATCH (cr)-[:ISSUED_BY]->(o:Organization)
RETURN c.title AS career,
       c.slug AS slug,
       h.role AS role,
       cr.name AS credential,
       o.name AS issuer
ORDER BY CASE h.role
           WHEN 'REQUIRED' THEN 0
           WHEN 'REQUIRED_IN_SOME_STATES' THEN 1
           WHEN 'PREFERRED' THEN 2
           ELSE 3
         END,
         career, slug
