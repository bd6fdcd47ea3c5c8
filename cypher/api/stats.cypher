// Graph-wide aggregates for the stats query, in one round trip. The resolver looks ahead in the
// selection set: an aggregate not asked for is skipped ($include flags; one plan for all).
// $include: {byEducation, perSetting, perLicensure: boolean}
CALL () {
  MATCH (c:Career) RETURN count(c) AS careerCount
}
CALL () {
  WITH 1 AS go WHERE $include.byEducation
  MATCH (e:EducationLevel)
  OPTIONAL MATCH (e)<-[:ENTRY_EDUCATION]-(c:Career)
  WITH e, count(c) AS careers, count(c.medianPayAnnual) AS withPay,
       min(c.medianPayAnnual) AS min, max(c.medianPayAnnual) AS max,
       percentileCont(c.medianPayAnnual, 0.5) AS median
  ORDER BY e.rank
  RETURN collect({level: e {.code, .name, .rank}, careerCount: careers, careersWithPay: withPay,
                  min: min, median: median, max: max}) AS byEducation
}
CALL () {
  WITH 1 AS go WHERE $include.perSetting
  MATCH (s:Setting)
  WITH s, COUNT { MATCH (s)<-[:WORKS_IN]-(c:Career) RETURN DISTINCT c } AS careers
  ORDER BY careers DESC, toLower(s.name)
  RETURN collect({setting: s {.id, .name, .description}, count: careers}) AS perSetting
}
CALL () {
  WITH 1 AS go WHERE $include.perLicensure
  MATCH (c:Career)
  WITH c.licensure AS licensure, count(*) AS careers
  ORDER BY careers DESC, licensure
  RETURN collect({licensure: licensure, count: careers}) AS perLicensure
}
RETURN careerCount, byEducation, perSetting, perLicensure
