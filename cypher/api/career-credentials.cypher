// Credentials of each career with how much the career asks for them. $keys: [career slug]
UNWIND $keys AS key
MATCH (:Career {slug: key})-[h:HAS_CREDENTIAL]->(c:Credential)
WITH key, h, c
ORDER BY CASE h.role WHEN 'REQUIRED' THEN 0 WHEN 'REQUIRED_IN_SOME_STATES' THEN 1
  WHEN 'PREFERRED' THEN 2 ELSE 3 END, c.name
RETURN key, collect({
  role: h.role, note: h.note, source: h.source,
  credential: c {.id, .name, .acronym, .kind, .note, .source}
}) AS items
