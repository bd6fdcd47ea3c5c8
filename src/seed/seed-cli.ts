import 'reflect-metadata';
import path from 'node:path';
import { Command } from 'commander';
import { ConfigError, loadConfig } from '../config';
import { openDatabase } from '../database';
import { LocalNeo4jError } from '../local-neo4j/local-neo4j';
import { logger } from '../logger';
import { SEEDS_DIR } from '../paths';
import { loadSeeds, type LoadOptions } from './load-seeds';
import { loadProgressBar } from './load-progress';
import { readSeeds, SeedValidationError } from './seed-files';

/**
 * `npm run seed`: validates every seed file, then writes them to the configured database in one
 * transaction. This (and the importer that writes seeds/) is the only way the graph changes.
 */
const program = new Command('seed')
  .description(
    'Validate seeds/ and load them into Neo4j (MERGE: running it twice changes nothing).',
  )
  .option('-d, --dir <folder>', 'seed folder', SEEDS_DIR)
  .option('--check', 'validate only; write nothing')
  .option(
    '--mode <mode>',
    'atomic: one transaction; bulk: one per chunk (any size); auto: atomic up to 20,000 rows',
    'auto',
  )
  .action(async (opts: { dir: string; check?: boolean; mode: string }) => {
    if (opts.mode !== 'auto' && opts.mode !== 'atomic' && opts.mode !== 'bulk') {
      throw new ConfigError(`--mode must be auto, atomic or bulk (got ${opts.mode})`);
    }
    const mode: NonNullable<LoadOptions['mode']> = opts.mode;
    const seeds = readSeeds(path.resolve(opts.dir));
    const summary = `${seeds.careers.length} careers, ${seeds.settings.length} settings, ${seeds.credentials.length} credentials, ${seeds.traits.length} traits, ${seeds.sources.length} sources`;
    if (opts.check) {
      process.stdout.write(`seeds valid: ${summary}\n`);
      return;
    }
    const config = loadConfig();
    logger.level = config.logLevel;
    const db = await openDatabase(config, logger);
    const bar = loadProgressBar();
    try {
      const report = await loadSeeds(db.runner, seeds, { mode, onProgress: (p) => bar.update(p) });
      bar.stop();
      const changes = Object.entries(report.counters)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      process.stdout.write(
        `loaded ${summary} in ${Math.round(report.durationMs)} ms ` +
          `(${report.rows} rows, ${report.transactions} transaction${report.transactions === 1 ? '' : 's'}, ` +
          `${Math.round(report.rows / (report.durationMs / 1000))} rows/s)\nchanges: ${changes || 'none'}\n`,
      );
    } finally {
      bar.stop();
      await db.close();
    }
  });

program.parseAsync().catch((err: unknown) => {
  if (
    err instanceof SeedValidationError ||
    err instanceof ConfigError ||
    err instanceof LocalNeo4jError
  ) {
    process.stderr.write(`${err.message}\n`);
  } else {
    logger.fatal({ err }, 'seeding failed');
  }
  process.exit(1);
});
