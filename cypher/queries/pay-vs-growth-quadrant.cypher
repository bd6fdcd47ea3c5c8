// Where does each career sit on pay versus growth?
// Four quadrants: pay at or above $payThreshold (null: the median of all careers' median pay in
// the graph) against projected growth above $nationalGrowthPct (the 3 % national average).
// Careers missing pay or growth are left out.
// @param nationalGrowthPct: 3
// @param payThreshold: null
// @column quadrant: "higher pay, faster growth" ... "lower pay, slower growth"
// @column career: career title
// @column slug: Career.slug
// @column medianPayAnnual: median annual pay, USD
// @column growthPct: projected employment change 2024-34, percent
// @column payThreshold: the pay cut used, USD
CALL () {
  MATCH (c:Career)
  RETURN percentileCont(c.medianPayAnnual, 0.5) AS graphMedianPay
}
WITH coalesce($payThreshold, graphMedianPay) AS cut
MATCH (c:Career)
WHERE c.medianPayAnnual IS NOT NULL AND c.projectedGrowthPct IS NOT NULL
WITH cut, c,
     c.medianPayAnnual >= cut AS higherPay,
     c.projectedGrowthPct > $nationalGrowthPct AS fasterGrowth
RETURN CASE WHEN higherPay THEN 'higher pay' ELSE 'lower pay' END + ', ' +
       CASE WHEN fasterGrowth THEN 'faster growth' ELSE 'slower growth' END AS quadrant,
       c.title AS career,
       c.slug AS slug,
       c.medianPayAnnual AS medianPayAnnual,
       c.projectedGrowthPct AS growthPct,
       toInteger(round(cut)) AS payThreshold
ORDER BY higherPay DESC, fasterGrowth DESC, medianPayAnnual DESC, career, slug
