// Removes nodes of the graph's own labels that the seed files no longer hold, so the graph mirrors
// seeds/ exactly. $keep: {careers, families, settings, credentials, organizations, traits, sources}
CALL {
  MATCH (n:Career) WHERE NOT n.slug IN $keep.careers RETURN n
  UNION
  MATCH (n:CareerFamily) WHERE NOT n.slug IN $keep.families RETURN n
  UNION
  MATCH (n:Setting) WHERE NOT n.id IN $keep.settings RETURN n
  UNION
  MATCH (n:Credential) WHERE NOT n.id IN $keep.credentials RETURN n
  UNION
  MATCH (n:Organization) WHERE NOT n.id IN $keep.organizations RETURN n
  UNION
  MATCH (n:Trait) WHERE NOT n.id IN $keep.traits RETURN n
  UNION
  MATCH (n:Source) WHERE NOT n.url IN $keep.sources RETURN n
  UNION
  MATCH (n:EducationLevel) WHERE NOT n.code IN $keep.educationLevels RETURN n
  UNION
  MATCH (n:Industry) WHERE NOT (n)<-[:PAY_IN_INDUSTRY]-() RETURN n
}
DETACH DELETE n
