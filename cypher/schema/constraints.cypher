// One unique key per node label. Each constraint also backs an index on its key, which every
// lookup by slug/id in cypher/api uses.
CREATE CONSTRAINT career_slug IF NOT EXISTS FOR (n:Career) REQUIRE n.slug IS UNIQUE;
CREATE CONSTRAINT career_family_slug IF NOT EXISTS FOR (n:CareerFamily) REQUIRE n.slug IS UNIQUE;
CREATE CONSTRAINT setting_id IF NOT EXISTS FOR (n:Setting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT credential_id IF NOT EXISTS FOR (n:Credential) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT trait_id IF NOT EXISTS FOR (n:Trait) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT education_level_code IF NOT EXISTS FOR (n:EducationLevel) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT industry_name IF NOT EXISTS FOR (n:Industry) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT source_url IF NOT EXISTS FOR (n:Source) REQUIRE n.url IS UNIQUE;
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;
