// Which certifications go with a career, and who issues them?
// The credentials linked to the career, of the kinds in $kinds (LICENSE, CERTIFICATION,
// LICENSING_EXAM), with the role the career gives them and the issuing organization. Credentials
// without one issuer (e.g. state licenses, or ACLS taught by many) show a null issuer.
// Example: --param kinds='["CERTIFICATION","LICENSE"]'
// @param slug: medical-records-specialists
// @param kinds: ["CERTIFICATION"]
// @column credential: credential name
// @column acronym: its acronym (null when it has none)
// @column kind: LICENSE, CERTIFICATION or LICENSING_EXAM
// @column role: REQUIRED, REQUIRED_IN_SOME_STATES, PREFERRED or OPTIONAL for this career
// @column issuer: the issuing organization's name
// @column issuerAcronym: the issuing organization's acronym
// @column note: what the source says about the credential for this career
MATCH (:Career {slug: $slug})-[h:HAS_CREDENTIAL]->(cr:Credential)
WHERE cr.kind IN $kinds
OPTIONAL MATCH (cr)-[:ISSUED_BY]->(o:Organization)
RETURN cr.name AS credential,
       cr.acronym AS acronym,
       cr.kind AS kind,
       h.role AS role,
       o.name AS issuer,
       o.acronym AS issuerAcronym,
       h.note AS note
ORDER BY CASE h.role
           WHEN 'REQUIRED' THEN 0
           WHEN 'REQUIRED_IN_SOME_STATES' THEN 1
           WHEN 'PREFERRED' THEN 2
           ELSE 3
         END,
         coalesce(acronym, credential), cr.id
