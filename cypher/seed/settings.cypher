// Upserts canonical work settings. $rows: [{id, name, description}]
UNWIND $rows AS r
MERGE (s:Setting {id: r.id})
SET s.name = r.name, s.description = r.description
