// Which traits do the most careers share?
// Traits (important qualities, working conditions, schedules) by the number of careers that have
// them; top $limit. $kind narrows to one kind: QUALITY, WORK_CONDITION or SCHEDULE (null: all).
// @param kind: null
// @param limit: 15
// @column trait: trait name
// @column traitId: Trait.id
// @column kind: QUALITY, WORK_CONDITION or SCHEDULE
// @column careers: careers with the trait
// @column pctOfCareers: those careers as a percent of all careers, 1 decimal
// @column exampleCareers: the first five of them, alphabetically
CALL () {
  MATCH (c:Career)
  RETURN count(c) AS allCareers
}
MATCH (t:Trait)<-[:HAS_TRAIT]-(c:Career)
WHERE $kind IS NULL OR t.kind = $kind
WITH allCareers, t, c ORDER BY c.title
WITH allCareers, t, count(c) AS careers, collect(c.title) AS titles
RETURN t.name AS trait,
       t.id AS traitId,
       t.kind AS kind,
       careers,
       round(100.0 * careers / allCareers, 1) AS pctOfCareers,
       titles[0..5] AS exampleCareers
ORDER BY careers DESC, trait, traitId
LIMIT toInteger($limit)
