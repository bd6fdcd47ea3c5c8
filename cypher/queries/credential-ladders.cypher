// What does each step up a career ladder need?
// Every ADVANCES_TO step between careers, with the credentials and education the step itself
// names, and the credentials the next career requires of everyone in it.
// @column fromCareer: the career you start in
// @column toCareer: the career the step leads to
// @column stepCredentials: credentials the step names (acronym or name)
// @column stepEducation: education the step names (null when it names none)
// @column requiredAtDestination: credentials the next career REQUIRES (acronym or name)
// @column payGain: the next career's median pay minus this one's, USD (null when either is unknown)
// @column note: how the source describes the step
MATCH (a:Career)-[step:ADVANCES_TO]->(b:Career)
OPTIONAL MATCH (e:EducationLevel {code: step.educationCode})
RETURN a.title AS fromCareer,
       b.title AS toCareer,
       COLLECT {
         UNWIND step.credentialIds AS id
         MATCH (cr:Credential {id: id})
         RETURN coalesce(cr.acronym, cr.name) AS credential ORDER BY credential
       } AS stepCredentials,
       e.name AS stepEducation,
       COLLECT {
         MATCH (b)-[h:HAS_CREDENTIAL {role: 'REQUIRED'}]->(cr:Credential)
         RETURN coalesce(cr.acronym, cr.name) AS credential ORDER BY credential
       } AS requiredAtDestination,
       b.medianPayAnnual - a.medianPayAnnual AS payGain,
       step.note AS note
ORDER BY fromCareer, toCareer, a.slug, b.slug
