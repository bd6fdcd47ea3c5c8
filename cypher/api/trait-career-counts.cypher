// Number of careers with each trait. $keys: [trait id]
UNWIND $keys AS key
MATCH (t:Trait {id: key})
RETURN key, COUNT { (t)<-[:HAS_TRAIT]-(:Career) } AS item
