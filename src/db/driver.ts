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
    // The API runs at most MAX_CONCURRENT_REQUESTS (16) requests at once, each a handful of
    // DataLoader queries in parallel: 100 connections keep them from waiting on each other.
    maxConnectionPoolSize: 100,
    // Integers arrive as JS numbers: every count and figure here is far below 2^53, and it spares
    // an object per value (see toNative).
    disableLosslessIntegers: true,
    // An outage must surface in seconds, not after the driver's 30 s+ defaults: a dead database
    // refuses connections at once, and a frozen one is caught by these bounds and the request
    // deadline (the query runner abandons a query when its request's budget runs out).
    connectionTimeout: 2_000,
    // Waiting for a free pooled connection is bounded by the request deadline (the runner
    // abandons the query); this only ends waits outside any request.
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 1_000,
    // Checks a connection idle for more than a second before lending it, so requests after an
    // outage do not all fail once on a dead pooled socket.
    connectionLivenessCheckTimeout: 1_000,
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
