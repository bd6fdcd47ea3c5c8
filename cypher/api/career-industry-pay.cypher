// Median pay by industry for each career, highest first. $keys: [career slug]
UNWIND $keys AS key
MATCH (:Career {slug: key})-[p:PAY_IN_INDUSTRY]->(i:Industry)
WITH key, p, i ORDER BY p.medianAnnual DESC, toLower(i.name)
RETURN key, collect({industry: i.name, medianAnnual: p.medianAnnual,
  isLowerBound: coalesce(p.isLowerBound, false), source: p.source}) AS items
