// Education levels by code. $keys: [code]
UNWIND $keys AS key
MATCH (e:EducationLevel {code: key})
RETURN key, e {.code, .name, .rank} AS item
