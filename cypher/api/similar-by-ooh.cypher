// The OOH's own similar occupations, in either direction; score 1 when both pages list each
// other, 0.5 when only one does. $slug, $limit, $props (the career properties to
// return, whitelisted by the resolver)
MATCH (c:Career {slug: $slug})-[r:SIMILAR_TO]-(other:Career)
WITH other, count(r) AS links
RETURN [k IN $props | other[k]] AS career, links / 2.0 AS score, [] AS shared
ORDER BY score DESC, toLower(other.title)
LIMIT toInteger($limit)
