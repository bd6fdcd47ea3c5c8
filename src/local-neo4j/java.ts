import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ALTERNATIVES, LocalNeo4jError } from './local-neo4j-error';

const SUPPORTED_JAVA = new Set([17, 21]);

/** Where to look for Java, in order: LOCAL_NEO4J_JAVA, the Debian JDKs, JAVA_HOME, PATH. */
export function javaCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  return [
    env.LOCAL_NEO4J_JAVA,
    '/usr/lib/jvm/java-17-openjdk-amd64/bin/java',
    '/usr/lib/jvm/java-21-openjdk-amd64/bin/java',
    env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : undefined,
    'java',
  ].filter((c): c is string => c !== undefined && c !== '');
}

/** The first candidate that runs and is Java 17 or 21; otherwise a plain error naming the way out. */
export function findJava(candidates: string[] = javaCandidates()): string {
  const seen: string[] = [];
  for (const java of candidates) {
    const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) continue;
    const major = parseJavaMajor(probe.stderr + probe.stdout);
    if (major !== null && SUPPORTED_JAVA.has(major)) return java;
    seen.push(`${java} (Java ${major ?? '?'})`);
  }
  throw new LocalNeo4jError(
    `Neo4j 5.26 needs Java 17 or 21, and none was found` +
      (seen.length ? ` (found ${seen.join(', ')})` : '') +
      `. Install OpenJDK 17 (e.g. apt-get install openjdk-17-jre-headless) or set LOCAL_NEO4J_JAVA.\n` +
      ALTERNATIVES,
  );
}

export function parseJavaMajor(versionOutput: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m?.[1]) return null;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

/** The real path of a command found on PATH (Maven needs JAVA_HOME, not a symlink). */
export function resolveExecutable(cmd: string): string {
  if (cmd.includes('/')) return cmd;
  const which = spawnSync('sh', ['-c', `readlink -f "$(command -v ${cmd})"`], { encoding: 'utf8' });
  return which.stdout.trim() || cmd;
}
