// Readiness probe: answers only if the database serves reads, and says whether the graph is
// loaded. LIMIT 1 keeps it a single index lookup, whatever the size of the graph.
OPTIONAL MATCH (c:Career)
WITH c
LIMIT 1
RETURN count(c) AS careers
