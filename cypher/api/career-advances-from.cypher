// Advancement steps into each career, with the slugs of their ends (the step rule reads both
// careers' facts). $keys: [career slug]
UNWIND $keys AS key
MATCH (m:Career)-[a:ADVANCES_TO]->(:Career {slug: key})
WITH key, a, m ORDER BY toLower(m.title)
RETURN key, collect({
  career: properties(m), fromSlug: m.slug, toSlug: key,
  credentialIds: a.credentialIds, educationCode: a.educationCode,
  note: a.note, source: a.source
}) AS items
