// Every trait, optionally of one kind, by name.
// $kind: TraitKind or null
MATCH (t:Trait)
WHERE $kind IS NULL OR t.kind = $kind
RETURN t {.id, .name, .kind} AS item
ORDER BY toLower(t.name)
