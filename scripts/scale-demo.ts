import 'reflect-metadata';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig } from '../src/config';
import { LocalNeo4jError } from '../src/local-neo4j/local-neo4j';
import { logger } from '../src/logger';
import { NginxUnavailableError } from './scale/nginx';
import { openScaleNeo4j } from './scale/neo4j';
import { startScaleTopology, type ScaleTopology } from './scale/topology';

/**
 * `npm run scale:demo [-- --port 8080]`: docs/scaling.md's topology on this machine. The local
 * Neo4j (as `npm start` runs it, or NEO4J_URI's), two replicas of the built API, nginx in front as
 * cache and load balancer (deploy/nginx/nginx.conf.template) and the readiness watcher. Prints the
 * URL; Ctrl-C or SIGTERM stops everything: watcher, nginx, replicas (they drain), then Neo4j.
 */
const MAIN = path.join(__dirname, '..', 'src', 'main.js');

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new InvalidArgumentError('a port');
  return n;
}

async function main(): Promise<void> {
  const opts = new Command('scale:demo')
    .option('--port <port>', 'nginx port on 127.0.0.1', port, 8080)
    .parse()
    .opts<{ port: number }>();
  const config = loadConfig();
  const neo4j = await openScaleNeo4j(config, logger);
  let topology: ScaleTopology | null = null;
  let starting: Promise<unknown> = Promise.resolve();
  const abort = new AbortController();
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping the scale demo');
    // A signal during start-up: what has started is stopped by the start itself.
    abort.abort();
    await starting.catch(() => undefined);
    await topology?.stop();
    await neo4j.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    const start = startScaleTopology({
      signal: abort.signal,
      main: MAIN,
      neo4j: neo4j.target,
      port: opts.port,
      // A replica's own info lines would drown the watcher's; its warnings and errors still show.
      replicaEnv: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
      log: (line) => logger.info(line),
      onReplicaLine: (name, line) => process.stdout.write(`${name} ${line}\n`),
    });
    starting = start;
    topology = await start;
  } catch (err) {
    if (stopping) return;
    await neo4j.close();
    throw err;
  }
  const { url } = topology;
  logger.info(
    `nginx at ${url} (IDE at ${url}/, GraphQL at ${url}/graphql) in front of ` +
      `${topology.replicas.map((r) => `${r.name} ${r.url}`).join(', ')}; Ctrl-C stops everything`,
  );
  logger.info(
    `try: curl -si -H 'apollo-require-preflight: true' '${url}/graphql?query=%7Bstats%7BcareerCount%7D%7D'`,
  );
}

main().catch((err: unknown) => {
  if (
    err instanceof ConfigError ||
    err instanceof LocalNeo4jError ||
    err instanceof NginxUnavailableError
  ) {
    process.stderr.write(`\n${err.message}\n\n`);
  } else {
    logger.fatal({ err }, 'the scale demo failed to start');
  }
  process.exit(1);
});
