// Which settings employ the most different careers?
// Settings ranked by the number of distinct careers working there (a career counted once however
// many OOH categories place it there), with the careers that have the largest share of their jobs
// there. Settings no career works in are listed last, with 0.
// @column setting: setting name
// @column settingId: Setting.id
// @column careers: distinct careers working in the setting
// @column careersWithShare: of those, careers whose share of jobs there is known
// @column topCareers: up to three careers with the largest share of their jobs there
MATCH (s:Setting)
OPTIONAL MATCH (s)<-[w:WORKS_IN]-(c:Career)
WITH s, c, sum(w.sharePct) AS share, count(w.sharePct) AS knownShares
ORDER BY share DESC, c.title
WITH s,
     count(c) AS careers,
     count(CASE WHEN knownShares > 0 THEN c END) AS careersWithShare,
     collect(CASE WHEN knownShares > 0 THEN c.title END) AS byShare
RETURN s.name AS setting,
       s.id AS settingId,
       careers,
       careersWithShare,
       byShare[0..3] AS topCareers
ORDER BY careers DESC, setting, settingId
