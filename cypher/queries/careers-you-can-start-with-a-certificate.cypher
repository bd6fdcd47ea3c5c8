// Which careers can you start with a postsecondary certificate (or less)?
// Careers whose typical entry education is at most $maxEducation, found by walking the
// EducationLevel NEXT_LEVEL chain up from the career's entry level (so the order of levels lives
// in the graph, not here). Pass another EducationLevel.code as maxEducation to move the cap, e.g.
// ASSOCIATES_DEGREE.
// @param maxEducation: POSTSECONDARY_NONDEGREE_AWARD
// @column career: career title
// @column slug: Career.slug
// @column entryEducation: typical entry-level education
// @column educationRank: rank of that level (0 = no formal credential)
// @column licensure: REQUIRED, VARIES_BY_STATE, NOT_REQUIRED or UNKNOWN
// @column medianPayAnnual: median annual pay, USD (null when the OOH gives none)
// @column annualOpenings: projected openings per year, 2024-34 (null when unknown)
MATCH (cap:EducationLevel {code: $maxEducation})
MATCH (c:Career)-[:ENTRY_EDUCATION]->(e:EducationLevel)
WHERE EXISTS { (e)-[:NEXT_LEVEL*0..]->(cap) }
RETURN c.title AS career,
       c.slug AS slug,
       e.name AS entryEducation,
       e.rank AS educationRank,
       c.licensure AS licensure,
       c.medianPayAnnual AS medianPayAnnual,
       c.annualOpenings AS annualOpenings
ORDER BY educationRank, coalesce(medianPayAnnual, -1) DESC, career, slug
