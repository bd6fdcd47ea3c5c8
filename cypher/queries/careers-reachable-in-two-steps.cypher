// Which careers can a career lead to within two advancement steps?
// Careers reachable over one or two ADVANCES_TO steps, with the fewest steps needed and the
// careers passed through on two-step routes. See credential-ladders for what each step needs.
// @param slug: medical-records-specialists
// @column career: career title
// @column slug: Career.slug
// @column fewestSteps: 1 or 2
// @column via: intermediate careers on two-step routes (empty when only reached directly)
// @column medianPayAnnual: median annual pay, USD (null when the OOH gives none)
MATCH p = (start:Career {slug: $slug})-[:ADVANCES_TO*1..2]->(target:Career)
WHERE target <> start
WITH target, p ORDER BY CASE WHEN length(p) = 2 THEN nodes(p)[1].title END
WITH target,
     min(length(p)) AS fewestSteps,
     collect(DISTINCT CASE WHEN length(p) = 2 THEN nodes(p)[1].title END) AS via
RETURN target.title AS career,
       target.slug AS slug,
       fewestSteps,
       via,
       target.medianPayAnnual AS medianPayAnnual
ORDER BY fewestSteps, career, slug
