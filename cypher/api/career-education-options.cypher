// Education levels a career can be entered or progressed with, lowest first. $keys: [career slug]
UNWIND $keys AS key
MATCH (:Career {slug: key})-[o:EDUCATION_OPTION]->(e:EducationLevel)
WITH key, o, e ORDER BY e.rank
RETURN key, collect({note: o.note, source: o.source, level: e {.code, .name, .rank}}) AS items
