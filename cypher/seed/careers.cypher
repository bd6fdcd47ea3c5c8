// Upserts Career nodes with their scalar facts. $rows: [{slug, props}], props already flat.
// `SET n = props` replaces the whole property map, so a figure removed from a seed is removed here.
UNWIND $rows AS r
MERGE (n:Career {slug: r.slug})
SET n = r.props
