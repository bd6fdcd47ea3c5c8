// The education levels, lowest first.
MATCH (e:EducationLevel)
RETURN e {.code, .name, .rank} AS item
ORDER BY e.rank
