// Which careers are projected to grow faster than the average for all occupations?
// Projected employment growth 2024-34 above $nationalGrowthPct, the BLS average for all
// occupations (3 %; src/api/career/national-average.ts). Careers without a projection are left out.
// @param nationalGrowthPct: 3
// @column career: career title
// @column slug: Career.slug
// @column growthPct: projected employment change 2024-34, percent
// @column growthDescription: the OOH's wording (e.g. "Much faster than average")
// @column employmentChange: projected change in jobs, 2024-34
// @column annualOpenings: projected openings per year (null when unknown)
// @column medianPayAnnual: median annual pay, USD (null when the OOH gives none)
MATCH (c:Career)
WHERE c.projectedGrowthPct > $nationalGrowthPct
RETURN c.title AS career,
       c.slug AS slug,
       c.projectedGrowthPct AS growthPct,
       c.growthDescription AS growthDescription,
       c.employmentChange AS employmentChange,
       c.annualOpenings AS annualOpenings,
       c.medianPayAnnual AS medianPayAnnual
ORDER BY growthPct DESC, career, slug
