// Upserts the ordered education levels and chains them with NEXT_LEVEL by rank, so
// "at most an associate's degree" is a walk (or a rank comparison) in the graph.
UNWIND $rows AS r
MERGE (e:EducationLevel {code: r.code})
SET e.name = r.name, e.rank = r.rank
WITH collect(e) AS levels
UNWIND levels AS lower
MATCH (higher:EducationLevel {rank: lower.rank + 1})
MERGE (lower)-[:NEXT_LEVEL]->(higher)
