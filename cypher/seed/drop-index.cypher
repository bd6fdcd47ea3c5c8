// Drops one index by name (see orphaned-constraint-indexes.cypher for the only caller's reason).
DROP INDEX $name IF EXISTS
