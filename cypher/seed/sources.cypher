// Upserts Source nodes. $rows: [{url, title, publisher, edition, lastModified, kind}]
UNWIND $rows AS r
MERGE (s:Source {url: r.url})
SET s.title = r.title, s.publisher = r.publisher, s.edition = r.edition,
    s.lastModified = CASE WHEN r.lastModified IS NULL THEN null ELSE date(r.lastModified) END,
    s.kind = r.kind
