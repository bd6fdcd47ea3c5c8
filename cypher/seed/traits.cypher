// Upserts traits. $rows: [{id, name, kind}]
UNWIND $rows AS r
MERGE (t:Trait {id: r.id})
SET t.name = r.name, t.kind = r.kind
