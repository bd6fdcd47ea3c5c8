// Careers matching a filter, sorted, one page after a cursor, with the total count: filtering,
// sorting and paging all happen here, in the database.
// The double-braced slots are filled by src/career/career-query.ts with fixed, whitelisted
// fragments only; every user value arrives as a parameter.
//   PRELUDE  full-text look-ups, collected once per query (not once per career)
//   WHERE    the compiled CareerFilter
//   KEYS     the sort key list (unknown figures replaced by sentinels so they sort last)
//   ORDER    ORDER BY over sortKey[i] with whitelisted directions
//   AFTER    keyset predicate: rows strictly after the cursor's sort key $after
{{PRELUDE}}
MATCH (n:Career)
WHERE {{WHERE}}
WITH n, {{KEYS}} AS sortKey
ORDER BY {{ORDER}}
WITH collect({node: n, sortKey: sortKey}) AS rows
RETURN size(rows) AS totalCount,
       [r IN rows WHERE {{AFTER}} | {item: properties(r.node), sortKey: r.sortKey}][0..toInteger($limit)] AS page
