// Rank of each career's median pay within a peer group (the career itself always included).
// Careers with unknown pay are left out. A top-coded median ranks at its floor, which is still
// above every other figure in the graph. $keys: [career slug], $peerGroup: PeerGroup
UNWIND $keys AS key
MATCH (c:Career {slug: key})-[:ENTRY_EDUCATION]->(ce:EducationLevel)
WHERE c.medianPayAnnual IS NOT NULL
MATCH (p:Career)-[:ENTRY_EDUCATION]->(pe:EducationLevel)
WHERE p.medianPayAnnual IS NOT NULL AND (
  p = c OR $peerGroup = 'ALL'
  OR ($peerGroup = 'SAME_ENTRY_EDUCATION' AND pe = ce)
  OR ($peerGroup = 'BELOW_BACHELORS' AND pe.rank < 5)
)
WITH key, c, collect(p.medianPayAnnual) AS pays, percentileCont(p.medianPayAnnual, 0.5) AS peerMedian
WITH key, c, pays, peerMedian,
     size([x IN pays WHERE x > c.medianPayAnnual]) AS higher,
     size([x IN pays WHERE x < c.medianPayAnnual]) AS lower
RETURN key, {
  rank: higher + 1,
  of: size(pays),
  percentile: CASE WHEN size(pays) <= 1 THEN 100.0 ELSE 100.0 * lower / (size(pays) - 1) END,
  peerMedianPay: peerMedian
} AS item
