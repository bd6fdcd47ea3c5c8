// Which careers need the same entry education as a career but pay more?
// Careers sharing the career's typical entry-level education whose median annual pay is higher,
// best paid first: where the same schooling could lead instead.
// @param slug: medical-records-specialists
// @column career: career title
// @column slug: Career.slug
// @column entryEducation: the shared entry-level education
// @column medianPayAnnual: median annual pay, USD
// @column payAbove: how much more than the given career, USD
// @column growthPct: projected employment change 2024-34, percent
// @column licensure: REQUIRED, VARIES_BY_STATE, NOT_REQUIRED or UNKNOWN
MATCH (me:Career {slug: $slug})-[:ENTRY_EDUCATION]->(e:EducationLevel)<-[:ENTRY_EDUCATION]-(c:Career)
WHERE c <> me AND c.medianPayAnnual > me.medianPayAnnual
RETURN c.title AS career,
       c.slug AS slug,
       e.name AS entryEducation,
       c.medianPayAnnual AS medianPayAnnual,
       c.medianPayAnnual - me.medianPayAnnual AS payAbove,
       c.projectedGrowthPct AS growthPct,
       c.licensure AS licensure
ORDER BY medianPayAnnual DESC, career, slug
