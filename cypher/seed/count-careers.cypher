// How many careers the graph holds: 0 means a fresh database that `npm start` may seed.
MATCH (n:Career) RETURN count(n) AS careers
