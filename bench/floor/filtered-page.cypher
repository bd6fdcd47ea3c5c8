// Floor: careers entered with at most an associate's degree (rank 4), working in $setting,
// growing faster than the national 3 %, by median pay (unknown last), 20 of them and the total.
MATCH (n:Career)
WHERE n.projectedGrowthPct > 3.0
  AND EXISTS { (n)-[:ENTRY_EDUCATION]->(e:EducationLevel) WHERE e.rank <= 4 }
  AND EXISTS { (n)-[:WORKS_IN]->(:Setting {id: $setting}) }
WITH n ORDER BY coalesce(n.medianPayAnnual, -1.0e300) DESC, n.slug
WITH collect(n) AS matching
RETURN size(matching) AS totalCount, [n IN matching[0..20] | n {.title, .medianPayAnnual}] AS page
