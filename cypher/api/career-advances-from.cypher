// Advancement steps into each career. $keys: [career slug]
UNWIND $keys AS key
MATCH (m:Career)-[a:ADVANCES_TO]->(:Career {slug: key})
WITH key, a, m ORDER BY toLower(m.title)
RETURN key, collect({
  career: properties(m), credentialIds: a.credentialIds, educationCode: a.educationCode,
  note: a.note, source: a.source
}) AS items
