// Floor: a career, its similar careers, theirs, and the traits of those: three levels of lists.
MATCH (c:Career {slug: $slug})
RETURN c.slug AS slug,
  COLLECT { MATCH (c)-[:SIMILAR_TO]->(m:Career)
    RETURN {slug: m.slug, similar: COLLECT { MATCH (m)-[:SIMILAR_TO]->(k:Career)
      RETURN {slug: k.slug, traits: COLLECT { MATCH (k)-[:HAS_TRAIT]->(t:Trait) RETURN t.id }} }} } AS similar
