// Which careers need no license to practice?
// Careers whose licensure is NOT_REQUIRED. VARIES_BY_STATE and UNKNOWN are left out: a license
// may still be needed there. Optional credentials are listed because employers often prefer them.
// @column career: career title
// @column slug: Career.slug
// @column entryEducation: typical entry-level education
// @column medianPayAnnual: median annual pay, USD (May 2024; null when the OOH gives none)
// @column optionalCredentials: credentials employers prefer or that are optional (acronym or name)
MATCH (c:Career {licensure: 'NOT_REQUIRED'})
OPTIONAL MATCH (c)-[:ENTRY_EDUCATION]->(e:EducationLevel)
RETURN c.title AS career,
       c.slug AS slug,
       e.name AS entryEducation,
       c.medianPayAnnual AS medianPayAnnual,
       COLLECT {
         MATCH (c)-[h:HAS_CREDENTIAL]->(cr:Credential)
         WHERE h.role IN ['PREFERRED', 'OPTIONAL']
         RETURN coalesce(cr.acronym, cr.name) AS credential ORDER BY credential
       } AS optionalCredentials
ORDER BY career, slug
