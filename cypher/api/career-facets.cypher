// Facet counts of the explorer (Query.careerFacets), all in one round trip: for each facet, how
// many careers each of its choices would leave. Disjunctive faceting: a facet's counts use the
// filter without that facet's own fields, so choosing another value of the same facet shows what
// it would really give.
//
// A template: src/api/facets/facets-query.ts fills the slots per request with predicates over `n`
// printed by the careers page's filter compiler (careers-page/filter-nodes.ts), so a facet's
// filter means exactly what `careers(filter:)` means. Every value in them is a parameter.
//   {{lookups}}   `WITH <full-text look-up> AS var, …` when the filter searches words, else empty
//   {{common}}    the filter's fields no facet takes out (ranges, growth, text, and/or/not)
//   {{<facet>}}   that facet's own fields (`true` when the filter sets none of them)
// Each part is tested once per career matching {{common}}, and kept in `holds`: the whole filter
// is {{common}} and every part; a facet counts under {{common}} and every part but its own.
//
// $want: {<facet>: boolean} — a facet not selected is not counted (its subquery sees no career).
// $minSharePct: the filter's worksIn.minSharePct, or null. A career counts for a setting when its
// share of jobs there (its OOH categories summed; unknown shares left out) is at least that, as
// `worksIn: {any: [setting], minSharePct}` would match it; without it, when it works there at all.
// -> one row {total, licensure, entryEducation, settings, traits, credentials}, each facet a list
//    of {value, label, count} (licensure: no label; the API names the enum's values). Choices
//    with no career are absent. The order is the resolver's.
{{lookups}}
MATCH (n:Career)
WHERE {{common}}
WITH n, {
  licensure: {{licensure}},
  entryEducation: {{entryEducation}},
  settings: {{settings}},
  traits: {{traits}},
  credentials: {{credentials}}
} AS holds
WITH collect({career: n, holds: holds}) AS base
CALL (base) {
  UNWIND base AS b
  WITH b.holds AS h
  WHERE h.licensure AND h.entryEducation AND h.settings AND h.traits AND h.credentials
  RETURN count(*) AS total
}
CALL (base) {
  UNWIND CASE WHEN $want.licensure THEN base ELSE [] END AS b
  WITH b.career AS n, b.holds AS h
  WHERE h.entryEducation AND h.settings AND h.traits AND h.credentials
    AND n.licensure IS NOT NULL
  WITH n.licensure AS value, count(n) AS count
  RETURN collect({value: value, count: count}) AS licensure
}
CALL (base) {
  UNWIND CASE WHEN $want.entryEducation THEN base ELSE [] END AS b
  WITH b.career AS n, b.holds AS h
  WHERE h.licensure AND h.settings AND h.traits AND h.credentials
  MATCH (n)-[:ENTRY_EDUCATION]->(level:EducationLevel)
  WITH level, count(DISTINCT n) AS count
  RETURN collect({value: level.code, label: level.name, count: count}) AS entryEducation
}
CALL (base) {
  UNWIND CASE WHEN $want.settings THEN base ELSE [] END AS b
  WITH b.career AS n, b.holds AS h
  WHERE h.licensure AND h.entryEducation AND h.traits AND h.credentials
  // One row per career and setting: a career reaches a setting through one edge per OOH category.
  MATCH (n)-[w:WORKS_IN]->(s:Setting)
  WITH n, s, sum(w.sharePct) AS share, count(w.sharePct) AS known
  WHERE $minSharePct IS NULL OR (known > 0 AND share >= $minSharePct)
  WITH s, count(n) AS count
  RETURN collect({value: s.id, label: s.name, count: count}) AS settings
}
CALL (base) {
  UNWIND CASE WHEN $want.traits THEN base ELSE [] END AS b
  WITH b.career AS n, b.holds AS h
  WHERE h.licensure AND h.entryEducation AND h.settings AND h.credentials
  MATCH (n)-[:HAS_TRAIT]->(t:Trait)
  WITH t, count(DISTINCT n) AS count
  RETURN collect({value: t.id, label: t.name, count: count}) AS traits
}
CALL (base) {
  UNWIND CASE WHEN $want.credentials THEN base ELSE [] END AS b
  WITH b.career AS n, b.holds AS h
  WHERE h.licensure AND h.entryEducation AND h.settings AND h.traits
  MATCH (n)-[:HAS_CREDENTIAL]->(c:Credential)
  WITH c, count(DISTINCT n) AS count
  // As the career picture names a credential: by its acronym when it has one (RHIT, NCLEX-RN).
  RETURN collect({value: c.id, label: coalesce(c.acronym, c.name), count: count}) AS credentials
}
RETURN total, licensure, entryEducation, settings, traits, credentials
