// How does pay spread across careers with the same entry education?
// Per typical entry-level education: the lowest, median and highest of the careers' median annual
// pay. A pay the OOH gives only as a lower bound (e.g. "$239,200 or more") counts as that bound.
// Levels no career enters with are left out.
// @column educationLevel: education level name
// @column code: EducationLevel.code
// @column rank: its rank (0 = no formal credential ... 7 = doctoral or professional degree)
// @column careers: careers entered with this level
// @column careersWithPay: of those, careers with a median pay
// @column minPay: lowest median annual pay, USD
// @column medianPay: median of the careers' median annual pay, USD, rounded
// @column maxPay: highest median annual pay, USD
// @column lowestPaid: the career with the lowest pay
// @column highestPaid: the career with the highest pay
MATCH (e:EducationLevel)<-[:ENTRY_EDUCATION]-(c:Career)
WITH e, c ORDER BY c.medianPayAnnual, c.title
WITH e,
     count(c) AS careers,
     count(c.medianPayAnnual) AS careersWithPay,
     min(c.medianPayAnnual) AS minPay,
     percentileCont(c.medianPayAnnual, 0.5) AS median,
     max(c.medianPayAnnual) AS maxPay,
     collect(CASE WHEN c.medianPayAnnual IS NOT NULL THEN c.title END) AS byPay
RETURN e.name AS educationLevel,
       e.code AS code,
       e.rank AS rank,
       careers,
       careersWithPay,
       minPay,
       toInteger(round(median)) AS medianPay,
       maxPay,
       byPay[0] AS lowestPaid,
       byPay[-1] AS highestPaid
ORDER BY rank, code
