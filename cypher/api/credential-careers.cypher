// Careers linked to each credential, with how much they ask for it. $keys: [credential id]
UNWIND $keys AS key
MATCH (:Credential {id: key})<-[h:HAS_CREDENTIAL]-(c:Career)
WITH key, h, c ORDER BY toLower(c.title)
RETURN key, collect({role: h.role, note: h.note, source: h.source, career: properties(c)}) AS items
