// Careers that have each trait, by title. $keys: [trait id]
UNWIND $keys AS key
MATCH (:Trait {id: key})<-[:HAS_TRAIT]-(c:Career)
WITH key, c ORDER BY toLower(c.title)
RETURN key, collect(properties(c)) AS items
