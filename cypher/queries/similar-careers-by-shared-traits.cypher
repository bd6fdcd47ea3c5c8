// Which careers are most like a career, judged by the traits they share?
// Jaccard similarity of trait sets: shared traits / all distinct traits of the two careers
// (1 = identical sets). Only careers sharing at least one trait appear; top $limit.
// @param slug: medical-records-specialists
// @param limit: 10
// @column career: career title
// @column slug: Career.slug
// @column similarity: Jaccard similarity, 0 to 1, rounded to 3 places
// @column sharedTraitCount: number of traits in common
// @column sharedTraits: the traits in common
MATCH (me:Career {slug: $slug})-[:HAS_TRAIT]->(t:Trait)<-[:HAS_TRAIT]-(other:Career)
WHERE other <> me
WITH me, other, t ORDER BY t.name
WITH me, other, collect(t.name) AS shared
WITH other, shared,
     COUNT { (me)-[:HAS_TRAIT]->(:Trait) } + COUNT { (other)-[:HAS_TRAIT]->(:Trait) }
       - size(shared) AS unionSize
RETURN other.title AS career,
       other.slug AS slug,
       round(toFloat(size(shared)) / unionSize, 3) AS similarity,
       size(shared) AS sharedTraitCount,
       shared AS sharedTraits
ORDER BY similarity DESC, sharedTraitCount DESC, career, slug
LIMIT toInteger($limit)
