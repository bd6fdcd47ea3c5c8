import { cypherWithSlots } from '../../src/db/cypher';
import { LOOK_AHEAD, lookAheadStatement } from '../../src/api/career/career-bundle';
import { CAREER_LISTS } from '../../src/api/career/career-lists';

/**
 * The look-ahead statement is built at start-up from careers-with-relations.cypher and the read
 * model's lists (career-lists.ts). Its text is pinned here, as neo4j/graphql's TCK tests pin the
 * Cypher they generate: a change to a list's column, order or projection shows up in review as a
 * change of this text. Every list's own loader sends this same statement.
 */
describe('the look-ahead statement', () => {
  it('when it is built from the read model, then its text is this, one column per list', () => {
    expect(LOOK_AHEAD.name).toBe('api/careers-with-relations');
    expect(LOOK_AHEAD.text).toMatchInlineSnapshot(`
     "UNWIND $keys AS key
     MATCH (n:Career {slug: key})
     WITH collect(DISTINCT n) AS level0
     CALL (level0) {
       WITH level0 WHERE size($levels) > 1
       UNWIND level0 AS a
       MATCH (a)-[:SIMILAR_TO]->(m:Career)
       RETURN collect(DISTINCT m) AS level1
     }
     CALL (level1) {
       WITH level1 WHERE size($levels) > 2
       UNWIND level1 AS a
       MATCH (a)-[:SIMILAR_TO]->(m:Career)
       RETURN collect(DISTINCT m) AS level2
     }
     CALL (level2) {
       WITH level2 WHERE size($levels) > 3
       UNWIND level2 AS a
       MATCH (a)-[:SIMILAR_TO]->(m:Career)
       RETURN collect(DISTINCT m) AS level3
     }
     UNWIND range(0, size($levels) - 1) AS depth
     WITH depth, $levels[depth] AS p, [level0, level1, level2, level3][depth] AS careers
     CALL (depth, p, careers) {
       WITH depth, p, careers WHERE p.anyList
       UNWIND careers AS n
       RETURN depth AS d, [k IN p.career | n[k]] AS item, {
         settings: CASE WHEN p.settings IS NOT NULL THEN COLLECT {
           MATCH (n)-[w:WORKS_IN]->(s:Setting)
           RETURN [[k IN p.settings.setting | s[k]], s.id, s.name, w.scope, w.oohCategory, w.sharePct,
                   CASE WHEN p.settings.categories OR p.settings.sources OR p.settings.largestCategory
                     THEN w.source END]
         } END,
         credentials: CASE WHEN p.credentials IS NOT NULL THEN COLLECT {
           MATCH (n)-[h:HAS_CREDENTIAL]->(c:Credential)
           WITH h, c
           ORDER BY CASE h.role WHEN 'REQUIRED' THEN 0 WHEN 'REQUIRED_IN_SOME_STATES' THEN 1
             WHEN 'PREFERRED' THEN 2 ELSE 3 END, c.name
           RETURN [
             [k IN p.credentials.credential | c[k]],
             CASE WHEN p.credentials.role THEN h.role END,
             CASE WHEN p.credentials.note THEN h.note END,
             CASE WHEN p.credentials.source THEN h.source END,
             CASE WHEN p.credentials.issuer IS NOT NULL
               THEN COLLECT { MATCH (c)-[:ISSUED_BY]->(o:Organization)
                              RETURN [k IN p.credentials.issuer | o[k]] } END
           ]
         } END,
         traits: CASE WHEN p.traits IS NOT NULL THEN COLLECT {
           MATCH (n)-[:HAS_TRAIT]->(x:Trait)
           WITH x ORDER BY toLower(x.name)
           RETURN [k IN p.traits | x[k]]
         } END,
         sources: CASE WHEN p.sources IS NOT NULL THEN COLLECT {
           MATCH (n)-[:SOURCED_FROM]->(x:Source)
           WITH x ORDER BY x.kind, x.url
           RETURN [k IN p.sources | x[k]]
         } END
       } AS lists,
         CASE WHEN p.similar THEN COLLECT {
           MATCH (n)-[:SIMILAR_TO]->(m:Career)
           WITH m ORDER BY toLower(m.title)
           RETURN m.slug
         } END AS similar
       UNION ALL
       WITH depth, p, careers WHERE NOT p.anyList
       UNWIND careers AS n
       RETURN depth AS d, [k IN p.career | n[k]] AS item, null AS lists, null AS similar
     }
     RETURN d AS depth, item, lists, similar"
    `);
  });

  it('when it is built from fewer lists, then only their columns are in the map', () => {
    const text = lookAheadStatement([CAREER_LISTS.traits]).text;
    expect(text).toContain('traits: CASE WHEN p.traits IS NOT NULL THEN COLLECT {');
    expect(text).not.toContain('p.settings');
    expect(text).not.toContain('{{');
  });

  it('when a slot has no part, or a part no slot, then building it fails and names which', () => {
    const query = { name: 'api/x', text: 'RETURN {{a}} AS a' };
    expect(() => cypherWithSlots(query, {})).toThrow('api/x: no part for the slot {{a}}');
    expect(() => cypherWithSlots(query, { a: '1', b: '2' })).toThrow('api/x: no slot for b');
    expect(cypherWithSlots(query, { a: '1' }).text).toBe('RETURN 1 AS a');
  });
});
