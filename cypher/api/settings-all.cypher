// Every work setting with the number of careers employed there, by name.
MATCH (s:Setting)
RETURN s {.id, .name, .description, careerCount: COUNT { MATCH (s)<-[:WORKS_IN]-(c:Career) RETURN DISTINCT c }} AS item
ORDER BY s.name
