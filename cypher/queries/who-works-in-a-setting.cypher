// Which careers work in a setting, and what share of their jobs is there?
// A setting groups several OOH employer categories, so a career's shares are summed over the
// categories that map to the setting. Careers placed there only by a source that gives no share
// (e.g. a career review) appear last, with a null share. A FAMILY share is the page's figure for
// its whole group of occupations (no table for the career alone), so it is never turned into jobs.
// Setting ids: MATCH (s:Setting) RETURN s.id
// @param setting: nursing-and-residential-care-facilities
// @column career: career title
// @column slug: Career.slug
// @column sharePct: percent of the career's 2024 jobs in this setting (null when not given)
// @column estimatedJobs: our arithmetic, not a BLS figure: jobs2024 x sharePct, rounded (null when either is unknown, or the share is the family's)
// @column oohCategories: the OOH employer categories behind the share
// @column scope: OCCUPATION (the career's own share) or FAMILY (its OOH page's whole group)
MATCH (:Setting {id: $setting})<-[w:WORKS_IN]-(c:Career)
WITH c, w ORDER BY w.oohCategory
WITH c, w.scope AS scope, collect(w.oohCategory) AS categories, collect(w.sharePct) AS shares
WITH c, scope, categories,
     CASE WHEN size(shares) > 0 THEN reduce(total = 0, s IN shares | total + s) END AS share
RETURN c.title AS career,
       c.slug AS slug,
       share AS sharePct,
       CASE WHEN scope = 'OCCUPATION' THEN toInteger(round(c.jobs2024 * share / 100.0)) END AS estimatedJobs,
       categories AS oohCategories,
       scope
ORDER BY coalesce(sharePct, -1) DESC, career, slug
