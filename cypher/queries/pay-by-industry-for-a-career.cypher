// How does a career's pay differ from one industry to another?
// Median annual pay of the career in each industry the OOH lists, highest first, beside the
// career's overall median.
// @param slug: medical-records-specialists
// @column industry: industry name as the OOH gives it
// @column medianAnnual: median annual pay in that industry, USD
// @column isLowerBound: true when the OOH gives the figure as "or more"
// @column vsOverall: the industry median minus the career's overall median, USD
MATCH (c:Career {slug: $slug})-[p:PAY_IN_INDUSTRY]->(i:Industry)
RETURN i.name AS industry,
       p.medianAnnual AS medianAnnual,
       coalesce(p.isLowerBound, false) AS isLowerBound,
       p.medianAnnual - c.medianPayAnnual AS vsOverall
ORDER BY medianAnnual DESC, industry
