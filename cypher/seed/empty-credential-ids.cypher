// After a bulk import: the advancement steps that need no credential get their empty list, which
// a CSV field cannot carry (the loader's SET stores []). $rows: [{from, to}]
UNWIND $rows AS r
MATCH (:Career {slug: r.from})-[a:ADVANCES_TO]->(:Career {slug: r.to})
SET a.credentialIds = []
