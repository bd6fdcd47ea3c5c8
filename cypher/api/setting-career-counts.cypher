// Number of distinct careers employed in each setting (a career may reach one setting through
// several OOH categories). $keys: [setting id]
UNWIND $keys AS key
MATCH (s:Setting {id: key})
RETURN key, COUNT { MATCH (s)<-[:WORKS_IN]-(c:Career) RETURN DISTINCT c } AS item
