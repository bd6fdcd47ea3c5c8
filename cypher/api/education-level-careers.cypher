// Careers whose typical entry-level education is each level, by title. $keys: [code]
UNWIND $keys AS key
MATCH (:EducationLevel {code: key})<-[:ENTRY_EDUCATION]-(c:Career)
WITH key, c ORDER BY toLower(c.title)
RETURN key, collect(properties(c)) AS items
