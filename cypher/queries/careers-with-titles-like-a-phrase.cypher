// Which careers have titles closest to a phrase, misspellings and all?
// Both sides are normalised with apoc.text.clean (lower case, letters and digits only) and
// compared with apoc.text.levenshteinSimilarity (1 = the same text, 0 = nothing in common), so
// "nurse practioner" still finds Nurse Practitioners.
// @param phrase: nurse practioner
// @param limit: 5
// @column career: career title
// @column slug: Career.slug
// @column similarity: Levenshtein similarity of the cleaned texts, 0 to 1, rounded to 3 places
MATCH (c:Career)
WITH c, round(apoc.text.levenshteinSimilarity(apoc.text.clean(c.title), apoc.text.clean($phrase)), 3)
  AS similarity
RETURN c.title AS career, c.slug AS slug, similarity
ORDER BY similarity DESC, career, slug
LIMIT toInteger($limit)
