import neo4j, { type Driver } from 'neo4j-driver';

/**
 * The test Neo4j runs with routing enabled, so a `neo4j://` driver (the scheme a cluster or Aura
 * needs, which sends read transactions to secondaries) works against it as it would there.
 */
let driver: Driver;

beforeAll(() => {
  const uri = (process.env.NEO4J_URI ?? '').replace(/^bolt:/, 'neo4j:');
  driver = neo4j.driver(
    uri,
    neo4j.auth.basic(process.env.NEO4J_USER ?? '', process.env.NEO4J_PASSWORD ?? ''),
    { disableLosslessIntegers: true, logging: { level: 'error', logger: () => undefined } },
  );
});
afterAll(() => driver.close());

describe('neo4j:// routing against the local Neo4j', () => {
  it('connects with the neo4j:// scheme and runs a read transaction on the seeded graph', async () => {
    expect(process.env.NEO4J_URI).toMatch(/^(bolt|neo4j):\/\//);
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: 'neo4j' });
    try {
      const count = await session.executeRead(async (tx) => {
        const result = await tx.run('MATCH (c:Career) RETURN count(c) AS careers');
        return result.records[0]?.get('careers') as number;
      });
      expect(count).toBeGreaterThanOrEqual(60);
    } finally {
      await session.close();
    }
  });

  it('gets a routing table that names a router, a reader and a writer', async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: 'system' });
    try {
      const result = await session.run(
        "CALL dbms.routing.getRoutingTable({}, 'neo4j') YIELD servers RETURN servers",
      );
      const servers = result.records[0]?.get('servers') as { role: string; addresses: string[] }[];
      expect(servers.map((s) => s.role).sort()).toEqual(['READ', 'ROUTE', 'WRITE']);
      for (const s of servers) expect(s.addresses.length).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });
});
