// Where do a career's jobs sit: what share is in each setting?
// One row per setting; shares of OOH employer categories that map to the same setting are summed.
// Settings named only by a source that gives no share come last, with a null share. A FAMILY share
// is the page's figure for its whole group of occupations, so it is never turned into jobs.
// @param slug: medical-records-specialists
// @column setting: setting name
// @column settingId: Setting.id (the parameter of who-works-in-a-setting)
// @column sharePct: percent of the career's 2024 jobs in the setting (null when not given)
// @column estimatedJobs: our arithmetic, not a BLS figure: jobs2024 x sharePct, rounded (null when either is unknown, or the share is the family's)
// @column oohCategories: the OOH employer categories behind the share
// @column scope: OCCUPATION (the career's own share) or FAMILY (its OOH page's whole group)
MATCH (c:Career {slug: $slug})-[w:WORKS_IN]->(s:Setting)
WITH c, s, w ORDER BY w.oohCategory
WITH c, s, w.scope AS scope, collect(w.oohCategory) AS categories, collect(w.sharePct) AS shares
WITH c, s, scope, categories,
     CASE WHEN size(shares) > 0 THEN reduce(total = 0, x IN shares | total + x) END AS share
RETURN s.name AS setting,
       s.id AS settingId,
       share AS sharePct,
       CASE WHEN scope = 'OCCUPATION' THEN toInteger(round(c.jobs2024 * share / 100.0)) END AS estimatedJobs,
       categories AS oohCategories,
       scope
ORDER BY coalesce(sharePct, -1) DESC, setting, settingId
