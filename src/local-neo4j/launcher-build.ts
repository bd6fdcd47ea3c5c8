import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LAUNCHER_DIR } from '../paths';
import { findJava, resolveExecutable } from './java';
import { ALTERNATIVES, LocalNeo4jError } from './local-neo4j-error';

/**
 * The plugin procedures and functions the local Neo4j loads: exactly those cypher/queries/ uses
 * (a test keeps the two in step), never `apoc.*`.
 */
export const APOC_ALLOWLIST = [
  'apoc.version',
  'apoc.path.subgraphAll',
  'apoc.convert.toJson',
  'apoc.text.levenshteinSimilarity',
  'apoc.text.clean',
] as const;

/** Where the launcher's Maven build puts the APOC plugin and cypher-shell. */
export const PLUGINS_DIR = path.join(LAUNCHER_DIR, 'target', 'plugins');
export const CYPHER_SHELL_CLASSPATH = [
  path.join(LAUNCHER_DIR, 'target', 'cypher-shell', '*'),
  path.join(LAUNCHER_DIR, 'lib', '*'),
].join(path.delimiter);

function launcherReady(): boolean {
  const lib = path.join(LAUNCHER_DIR, 'lib');
  const has = (dir: string, pattern: RegExp): boolean =>
    existsSync(dir) && readdirSync(dir).some((f) => pattern.test(f));
  return (
    existsSync(
      path.join(LAUNCHER_DIR, 'target', 'classes', 'graph', 'launcher', 'BrowserGuide.class'),
    ) &&
    has(lib, /^neo4j-5\.26\.\d+\.jar$/) &&
    has(PLUGINS_DIR, /^apoc-core-5\.26\.\d+\.jar$/) &&
    has(path.join(LAUNCHER_DIR, 'target', 'cypher-shell'), /^cypher-shell-5\.26\.\d+\.jar$/)
  );
}

/**
 * Fetches Neo4j's jars with Maven and compiles the launcher, once. Later calls return at once.
 */
export function ensureLauncherBuilt(onProgress: (line: string) => void = () => undefined): void {
  if (launcherReady()) return;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new LocalNeo4jError(
      'Maven (mvn) is needed once, to fetch Neo4j Community from Maven Central, and it was not ' +
        'found. Install it (e.g. apt-get install maven).\n' +
        ALTERNATIVES,
    );
  }
  onProgress('Fetching Neo4j Community 5.26 from Maven Central (first run only, ~140 MB)…');
  const java = findJava();
  const build = spawnSync(
    'mvn',
    ['-B', '-q', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package'],
    {
      encoding: 'utf8',
      env: { ...process.env, JAVA_HOME: path.dirname(path.dirname(resolveExecutable(java))) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  if (build.status !== 0 || !launcherReady()) {
    throw new LocalNeo4jError(
      `Fetching Neo4j with Maven failed (exit ${build.status}):\n${(build.stdout + build.stderr).slice(-2000)}\n` +
        ALTERNATIVES,
    );
  }
}
