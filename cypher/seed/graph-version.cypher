// The last step of every load: bump the graph's version. Caches of whole-graph aggregates in the
// API (the stats) hold the version they were computed on and recompute when it moves.
MERGE (g:GraphVersion {id: 'graph'})
SET g.version = coalesce(g.version, 0) + 1, g.loadedAt = datetime()
