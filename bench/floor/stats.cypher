// Floor: career count, median pay per entry education and careers per setting.
CALL () { MATCH (c:Career) RETURN count(c) AS careerCount }
CALL () {
  MATCH (e:EducationLevel)
  OPTIONAL MATCH (e)<-[:ENTRY_EDUCATION]-(c:Career)
  WITH e, percentileCont(c.medianPayAnnual, 0.5) AS median ORDER BY e.rank
  RETURN collect(median) AS medians
}
CALL () {
  MATCH (s:Setting)
  WITH s, COUNT { MATCH (s)<-[:WORKS_IN]-(c:Career) RETURN DISTINCT c } AS careers
  ORDER BY careers DESC, toLower(s.name)
  RETURN collect(careers) AS perSetting
}
RETURN careerCount, medians, perSetting
