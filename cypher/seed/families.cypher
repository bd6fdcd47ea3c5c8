// Upserts career families (one per multi-occupation OOH page). $rows: [{slug, title, source}]
UNWIND $rows AS r
MERGE (f:CareerFamily {slug: r.slug})
SET f.title = r.title, f.source = r.source
