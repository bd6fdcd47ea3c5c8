import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { findJava } from '../local-neo4j/java';
import { LocalNeo4jError } from '../local-neo4j/local-neo4j-error';
import { LAUNCHER_DIR } from '../paths';
import { ARRAY_DELIMITER, csvLine, headerLine, importFiles, type ImportFile } from './import-files';
import { applySchema } from './load-seeds';
import type { SeedSet } from './seed-files';

const Q = {
  emptyCredentialIds: cypher('seed/empty-credential-ids'),
  importUnfinished: cypher('seed/import-unfinished'),
  graphVersion: cypher('seed/graph-version'),
};

export interface ImportReport {
  nodes: number;
  relationships: number;
  /** The importer's run, CSV writing included. */
  durationMs: number;
  /** Of which writing the CSV files. */
  csvMs: number;
}

/** The importer writes its store here first; only a finished store is moved into place. */
const STAGING = 'import-staging';

/**
 * Writes `seeds` into a new Neo4j store under `home` with Neo4j's bulk importer
 * (`neo4j-admin database import full`, from the Maven-fetched distribution), before the server
 * first starts: it writes the store files directly, hundreds of thousands of relationships a
 * second where the transactional loader manages ~15,000 (docs/performance.md). Resolves null when
 * `home` already holds a store: a graph with data is reloaded by the MERGE loader, never replaced.
 *
 * The store is built in `home/import-staging` and moved into place with one rename, so a crash
 * mid-import leaves no half-written store for the server to open: the next start imports again.
 * After the server is up, finishImport() adds what the importer does not write.
 */
export async function importIntoNewStore(
  home: string,
  seeds: SeedSet,
  onProgress: (line: string) => void = () => undefined,
): Promise<ImportReport | null> {
  const data = path.join(home, 'data');
  if (existsSync(data)) return null;
  const started = performance.now();
  const staging = path.join(home, STAGING);
  rmSync(staging, { recursive: true, force: true });
  const csvDir = path.join(staging, 'csv');
  mkdirSync(path.join(staging, 'conf'), { recursive: true });
  mkdirSync(csvDir, { recursive: true });
  const { files } = importFiles(seeds);
  let multiline = false;
  for (const file of files)
    multiline = (await writeCsv(path.join(csvDir, file.name), file)) || multiline;
  const csvMs = performance.now() - started;
  onProgress(`Importing seeds/ into a new store (${files.length} files)…`);
  const output = await runImporter(staging, [
    'database',
    'import',
    'full',
    'neo4j',
    ...files.map((f) => `--${f.kind}=${f.group}=${path.join(csvDir, f.name)}`),
    `--array-delimiter=U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).padStart(4, '0')}`,
    `--multiline-fields=${multiline}`,
    // A failure names the bad row; nothing bad is skipped, since the seeds were validated.
    '--bad-tolerance=0',
    `--report-file=${path.join(staging, 'import.report')}`,
  ]);
  renameSync(path.join(staging, 'data'), data);
  rmSync(staging, { recursive: true, force: true });
  return {
    nodes: importedCount(output, 'nodes'),
    relationships: importedCount(output, 'relationships'),
    durationMs: performance.now() - started,
    csvMs,
  };
}

/**
 * Completes a bulk-imported graph once the server is up: the constraints and indexes, the empty
 * lists a CSV cannot carry, and the graph's version, written last so that a crash before it is
 * seen (importUnfinished) and the finishing runs again. Every step is idempotent.
 */
export async function finishImport(runner: QueryRunner, seeds: SeedSet): Promise<void> {
  await applySchema(runner);
  const { fixUps } = importFiles(seeds);
  await runner.writeAll('seed/finish-import', [
    { query: Q.emptyCredentialIds, params: { rows: fixUps.emptyCredentialIds } },
    { query: Q.graphVersion, params: {} },
  ]);
}

/** True when the graph was bulk-imported and finishImport has not completed on it. */
export async function importUnfinished(runner: QueryRunner): Promise<boolean> {
  const [row] = await runner.read(Q.importUnfinished);
  return row?.unfinished === true;
}

/** Lines per write: one call per ~1 MB instead of one per line (2 M lines at 30,000 careers). */
const LINES_PER_WRITE = 5_000;

/** Writes one CSV file; resolves true when a value spans lines (the importer must be told). */
async function writeCsv(file: string, { header, rows }: ImportFile): Promise<boolean> {
  const out = createWriteStream(file);
  let multiline = false;
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${headerLine(header)}\n`);
  for (let i = 0; i < rows.length; i += LINES_PER_WRITE) {
    const lines = rows.slice(i, i + LINES_PER_WRITE).map(csvLine);
    if (lines.some((line) => line.includes('\n'))) multiline = true;
    await write(`${lines.join('\n')}\n`);
  }
  out.end();
  await once(out, 'finish');
  return multiline;
}

/** Runs neo4j-admin (AdminTool) with `staging` as its home; resolves with its output. */
async function runImporter(staging: string, args: string[]): Promise<string> {
  const classpath = [
    path.join(LAUNCHER_DIR, 'lib', '*'),
    path.join(LAUNCHER_DIR, 'target', 'classes'),
  ];
  const child = spawn(
    findJava(),
    ['-Xmx512m', '-cp', classpath.join(path.delimiter), 'org.neo4j.cli.AdminTool', ...args],
    {
      cwd: staging,
      env: { ...process.env, NEO4J_HOME: staging, NEO4J_CONF: path.join(staging, 'conf') },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0 || !/IMPORT DONE/.test(output)) {
    const reason = output.split('\n').filter((l) => /error|exception|invalid|fail/i.test(l))[0];
    throw new LocalNeo4jError(
      `The bulk import of seeds/ into a new store failed (exit ${code}): ${reason ?? output.slice(-500)}`,
    );
  }
  return output;
}

function importedCount(output: string, what: 'nodes' | 'relationships'): number {
  const match = new RegExp(`^\\s*(\\d+) ${what}$`, 'm').exec(output);
  return match ? Number(match[1]) : 0;
}
