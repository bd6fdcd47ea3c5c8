// Which careers have the most job openings each year?
// Projected openings per year, 2024-34 (growth plus replacement of workers who leave), largest
// first; top $limit. Careers whose openings the OOH does not give are left out.
// @param limit: 20
// @column career: career title
// @column slug: Career.slug
// @column annualOpenings: projected openings per year, 2024-34
// @column jobs2024: employment in 2024
// @column growthPct: projected employment change 2024-34, percent
// @column entryEducation: typical entry-level education
MATCH (c:Career)
WHERE c.annualOpenings IS NOT NULL
OPTIONAL MATCH (c)-[:ENTRY_EDUCATION]->(e:EducationLevel)
RETURN c.title AS career,
       c.slug AS slug,
       c.annualOpenings AS annualOpenings,
       c.jobs2024 AS jobs2024,
       c.projectedGrowthPct AS growthPct,
       e.name AS entryEducation
ORDER BY annualOpenings DESC, career, slug
LIMIT toInteger($limit)
