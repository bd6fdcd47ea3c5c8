// Every trait, optionally of one kind, with the number of careers that have it, by name.
// $kind: TraitKind or null
MATCH (t:Trait)
WHERE $kind IS NULL OR t.kind = $kind
RETURN t {.id, .name, .kind, careerCount: COUNT { (t)<-[:HAS_TRAIT]-(:Career) }} AS item
ORDER BY t.name
