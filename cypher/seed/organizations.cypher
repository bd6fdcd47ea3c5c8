// Upserts credential-issuing organizations. $rows: [{id, name, acronym}]
UNWIND $rows AS r
MERGE (o:Organization {id: r.id})
SET o.name = r.name, o.acronym = r.acronym
