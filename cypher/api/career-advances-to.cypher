// Advancement steps out of each career, with what each step needs and the slugs of its ends
// (the step rule reads both careers' facts). $keys: [career slug]
UNWIND $keys AS key
MATCH (:Career {slug: key})-[a:ADVANCES_TO]->(m:Career)
WITH key, a, m ORDER BY toLower(m.title)
RETURN key, collect({
  career: properties(m), fromSlug: key, toSlug: m.slug,
  credentialIds: a.credentialIds, educationCode: a.educationCode,
  note: a.note, source: a.source
}) AS items
