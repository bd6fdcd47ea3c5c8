// Range indexes for the figures users filter and sort careers by.
CREATE INDEX career_median_pay IF NOT EXISTS FOR (n:Career) ON (n.medianPayAnnual);
CREATE INDEX career_growth IF NOT EXISTS FOR (n:Career) ON (n.projectedGrowthPct);
CREATE INDEX career_licensure IF NOT EXISTS FOR (n:Career) ON (n.licensure);
CREATE INDEX career_title IF NOT EXISTS FOR (n:Career) ON (n.title);
// Full-text search over everything a user may type a name of.
CREATE FULLTEXT INDEX career_text IF NOT EXISTS FOR (n:Career) ON EACH [n.title, n.summary];
CREATE FULLTEXT INDEX catalog_text IF NOT EXISTS FOR (n:Setting|Credential|Trait) ON EACH [n.name, n.acronym, n.description];
