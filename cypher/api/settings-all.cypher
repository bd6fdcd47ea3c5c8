// Every work setting, by name.
MATCH (s:Setting)
RETURN s {.id, .name, .description} AS item
ORDER BY toLower(s.name)
