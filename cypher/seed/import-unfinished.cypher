// A graph with careers and no GraphVersion is a bulk import whose finishing step (schema, list
// fix-ups, version) has not run to the end: every load writes the version last.
MATCH (n:Career)
WITH count(n) > 0 AS hasCareers
RETURN hasCareers AND NOT EXISTS { MATCH (:GraphVersion) } AS unfinished
