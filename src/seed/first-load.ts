import type { Database } from '../database';
import { cypher, cypherStatements } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { DatabaseUnavailableError } from '../errors';
import { LocalNeo4jError } from '../local-neo4j/local-neo4j';
import type { Logger } from '../logger';
import { SEEDS_DIR } from '../paths';
import { finishImport, importIntoNewStore, importUnfinished } from './bulk-import';
import { countCareers, loadSeeds, type LoadReport } from './load-seeds';
import { readSeeds } from './seed-files';

/** Tries of the first load: a Neo4j that dies three times in a row has a problem of its own. */
export const FIRST_LOAD_ATTEMPTS = 3;
/**
 * Longest wait for Neo4j to answer again: the supervisor's first restart delay (1 s) plus one
 * launch, which startLocalNeo4j gives 120 s before it reports the restart failed.
 */
export const RESTART_WAIT_MS = 150_000;

const ORPHANED_CONSTRAINT_INDEXES = cypher('seed/orphaned-constraint-indexes');
const DROP_INDEX = cypher('seed/drop-index');
const CONSTRAINT_NAMES = cypherStatements('schema/constraints').map((statement) => {
  const name = /^CREATE CONSTRAINT (\w+) /i.exec(statement.text)?.[1];
  // A constraint without a name could not be told apart from its orphaned index by name.
  if (!name) throw new Error(`${statement.name}: every constraint needs a name`);
  return name;
});

/**
 * `npm start`'s first step on a new local store, before its server first starts: Neo4j's bulk
 * importer writes seeds/ into it (see bulk-import.ts); seedEmptyLocalGraph then finishes it.
 */
export async function importSeedsIntoNewStore(home: string, log: Logger): Promise<void> {
  const report = await importIntoNewStore(home, readSeeds(SEEDS_DIR), (line) => log.info(line));
  if (report) log.info(report, 'seeds/ imported into the new store');
}

/**
 * `npm start`'s seeding: finishes a bulk-imported graph, or loads seeds/ when the local graph
 * holds no career (a store made before the importer was used, or emptied by hand). If the local Neo4j
 * this process supervises dies meanwhile, the load waits for the restart and runs again, so a
 * crash costs a few seconds rather than the command. Any other database fails fast: nothing
 * here knows that it is coming back.
 */
export async function seedEmptyLocalGraph(db: Database, log: Logger): Promise<void> {
  if (!db.isLocal) return;
  await firstLoadWithRetry({
    countCareers: () => countCareers(db.runner),
    loadSeeds: () => loadSeeds(db.runner, readSeeds(SEEDS_DIR)),
    repairSchema: () => dropOrphanedConstraintIndexes(db.runner),
    bulkImport: {
      unfinished: () => importUnfinished(db.runner),
      finish: async () => {
        await dropOrphanedConstraintIndexes(db.runner);
        await finishImport(db.runner, readSeeds(SEEDS_DIR));
      },
    },
    waitUntilAvailable: db.localNeo4j ? (timeoutMs) => db.waitUntilAvailable(timeoutMs) : null,
    log,
  });
}

export interface FirstLoadSteps {
  countCareers(): Promise<number>;
  loadSeeds(): Promise<LoadReport>;
  /**
   * Before a load runs again: undoes what a crash during the last one's schema set-up left;
   * resolves with the names of the indexes it dropped.
   */
  repairSchema(): Promise<string[]>;
  /**
   * A bulk-imported graph whose finishing (schema, fix-ups, version) has not run to its end is
   * finished; `finish` is idempotent, so a crash meanwhile is met by running it again.
   */
  bulkImport?: { unfinished(): Promise<boolean>; finish(): Promise<void> };
  /** See Database.waitUntilAvailable; null when no restart is to be expected (fail fast). */
  waitUntilAvailable: ((timeoutMs: number) => Promise<void>) | null;
  log: Logger;
  attempts?: number;
  waitMs?: number;
}

/**
 * Counts careers and, if there are none, loads the seeds; when the database becomes unavailable
 * meanwhile, waits for it (at most `waitMs`) and tries again, `attempts` times in all. Gives up
 * with a LocalNeo4jError, which `npm start` prints as a plain message.
 */
export async function firstLoadWithRetry(steps: FirstLoadSteps): Promise<void> {
  const attempts = steps.attempts ?? FIRST_LOAD_ATTEMPTS;
  const waitMs = steps.waitMs ?? RESTART_WAIT_MS;
  let loading = false;
  for (let attempt = 1; ; attempt++) {
    try {
      // Once a load has begun it runs again rather than counting first. Every statement MERGEs,
      // so this completes a bulk load cut short after its careers committed (a count would call
      // that graph loaded) and changes nothing after a load whose commit landed unacknowledged.
      if (!loading) {
        if ((await steps.countCareers()) > 0) {
          if (steps.bulkImport && (await steps.bulkImport.unfinished())) {
            steps.log.info('finishing the bulk-imported graph: its schema, then its version');
            await steps.bulkImport.finish();
            steps.log.info('bulk-imported graph finished');
          }
          return;
        }
        steps.log.info('the local graph is empty: loading seeds/');
        loading = true;
      } else {
        const dropped = await steps.repairSchema();
        if (dropped.length > 0) {
          steps.log.warn(
            { indexes: dropped },
            'dropped indexes the crash left without their constraint',
          );
        }
      }
      const report = await steps.loadSeeds();
      steps.log.info(report, 'seeds loaded');
      return;
    } catch (err) {
      // The query runner maps the driver's ServiceUnavailable and SessionExpired to this error.
      if (!(err instanceof DatabaseUnavailableError) || !steps.waitUntilAvailable) throw err;
      const cause = describeCause(err);
      if (attempt >= attempts) {
        throw new LocalNeo4jError(
          `The first load of seeds/ failed ${attempts} times: Neo4j became unavailable each ` +
            `time (last: ${cause}). The local Neo4j's own log is logs/neo4j.log in its data ` +
            `folder (LOCAL_NEO4J_DIR).`,
        );
      }
      steps.log.warn(
        { attempt, attempts, cause },
        'Neo4j became unavailable during the first load of seeds/: waiting for the local Neo4j ' +
          'to restart, then retrying',
      );
      try {
        await steps.waitUntilAvailable(waitMs);
      } catch (waitErr) {
        if (!(waitErr instanceof LocalNeo4jError)) throw waitErr;
        throw new LocalNeo4jError(
          `The first load of seeds/ was cut short: Neo4j became unavailable (${cause}) and ` +
            `did not come back. ${waitErr.message}`,
        );
      }
      steps.log.info(
        { attempt: attempt + 1, attempts },
        'Neo4j answers again: retrying the first load',
      );
    }
  }
}

/**
 * Drops the indexes a crash left behind without their constraint (see the .cypher file), so that
 * the load's schema set-up can create the constraint. A no-op on a sound schema.
 */
export async function dropOrphanedConstraintIndexes(runner: QueryRunner): Promise<string[]> {
  const rows = await runner.read(ORPHANED_CONSTRAINT_INDEXES, { names: CONSTRAINT_NAMES });
  const names = rows.map((row) => String(row.name));
  for (const name of names) await runner.write(DROP_INDEX, { name });
  return names;
}

/** The driver's own words (e.g. "Connection was closed by server"), not our generic message. */
function describeCause(err: DatabaseUnavailableError): string {
  return (err.originalError ?? err).message;
}
