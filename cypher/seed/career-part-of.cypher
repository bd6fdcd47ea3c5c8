// Links careers to their family (multi-occupation OOH page). $rows: [{slug, familySlug, source}]
// Stale links are dropped first, so a re-load mirrors the seed files exactly.
UNWIND $rows AS r
MATCH (n:Career {slug: r.slug})
OPTIONAL MATCH (n)-[old:PART_OF]->(f:CareerFamily)
WHERE r.familySlug IS NULL OR f.slug <> r.familySlug
DELETE old
WITH DISTINCT n, r
MATCH (f:CareerFamily {slug: r.familySlug})
MERGE (n)-[e:PART_OF]->(f)
SET e.source = r.source
