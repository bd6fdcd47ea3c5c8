// Indexes a crash left without their constraint. Neo4j builds a uniqueness constraint's index
// first and commits the constraint after it; a kill -9 in between leaves the index alone, under
// the constraint's name, and `CREATE CONSTRAINT … IF NOT EXISTS` then fails with "There already
// exists an index called …". $names: the constraints of schema/constraints.cypher.
SHOW INDEXES YIELD name, type, owningConstraint
WHERE type = 'RANGE' AND owningConstraint IS NULL AND name IN $names
RETURN name
