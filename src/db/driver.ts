import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverTarget {
  uri: string;
  user?: string;
  password?: string;
}

/**
 * Creates the process's one driver and proves the database answers before anything is served.
 * Without credentials the driver connects unauthenticated, which only the loopback-only local
 * database accepts.
 */
export async function connectDriver(target: DriverTarget): Promise<Driver> {
  const auth =
    target.user !== undefined && target.password !== undefined
      ? neo4j.auth.basic(target.user, target.password)
      : undefined;
  const driver = neo4j.driver(target.uri, auth, {
    maxConnectionPoolSize: 50,
    // Integers arrive as JS numbers: every count and figure here is far below 2^53, and it spares
    // an object per value (see toNative).
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 20_000,
    // Driver logs go nowhere: failures surface as errors through the query runner.
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    await driver.getServerInfo();
  } catch (err) {
    await driver.close();
    throw new Error(`Cannot reach Neo4j at ${target.uri}: ${(err as Error).message}`, {
      cause: err,
    });
  }
  return driver;
}
