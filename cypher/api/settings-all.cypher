// Every work setting with the number of careers employed there, by name.
MATCH (s:Setting)
RETURN s {.id, .name, .description, careerCount: COUNT { (s)<-[:WORKS_IN]-(:Career) }} AS item
ORDER BY s.name
