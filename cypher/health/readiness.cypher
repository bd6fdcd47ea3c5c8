// Readiness probe: answers only if the database serves reads, says whether the graph is loaded,
// and reads the graph's version (every load moves it; the HTTP cache's tags are built on it).
// LIMIT 1 and the unique GraphVersion id keep it two index lookups, whatever the size of the graph.
OPTIONAL MATCH (c:Career)
WITH c
LIMIT 1
WITH count(c) AS careers
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
RETURN careers, g.version AS graphVersion
