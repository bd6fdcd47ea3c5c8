// What the step rule (src/api/explore/step-adds.ts) reads of each career at either end of a step
// (the map of parts/career-step-facts.cypher, filled into {{facts}}). $keys: [career slug]
UNWIND $keys AS key
MATCH (c:Career {slug: key})
RETURN key, {{facts}} AS item
