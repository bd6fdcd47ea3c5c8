import { connectDriver, type DriverTarget } from '../db/driver';
import { QueryRunner } from '../db/query-runner';
import { logger } from '../logger';
import { SEEDS_DIR } from '../paths';
import { loadSeeds, type LoadReport } from './load-seeds';
import { readSeeds, type SeedSet } from './seed-files';

/**
 * Loads a seed set (seeds/ by default) into the Neo4j at `target` over a driver of its own, closed
 * afterwards whatever happens: the throwaway databases of the bench, the soak and the tests that
 * own one.
 */
export async function loadSeedsAt(
  target: DriverTarget,
  seeds: SeedSet = readSeeds(SEEDS_DIR),
): Promise<LoadReport> {
  const driver = await connectDriver(target);
  try {
    const silent = logger.child({}, { level: 'silent' });
    return await loadSeeds(new QueryRunner(driver, { timeoutMs: 60_000, logger: silent }), seeds);
  } finally {
    await driver.close();
  }
}
