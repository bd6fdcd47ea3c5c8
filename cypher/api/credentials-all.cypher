// Every credential, optionally of one kind, by name. $kind: CredentialKind or null
MATCH (c:Credential)
WHERE $kind IS NULL OR c.kind = $kind
RETURN c {.id, .name, .acronym, .kind, .note, .source} AS item
ORDER BY toLower(c.name)
