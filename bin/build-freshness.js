'use strict';
// Plain JavaScript on purpose: this runs before the TypeScript build it checks exists.
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, utimesSync, writeFileSync } = require('node:fs');
const path = require('node:path');

/** What the build reads: the TypeScript sources and the compiler options. */
const SOURCE_DIRS = ['src'];
const SOURCE_FILES = ['tsconfig.json', 'tsconfig.build.json'];

/** Marks the moment the last build by this launcher started; sources newer than it are unbuilt. */
const STAMP = path.join('dist', '.cli-build-stamp');

function newestTsMtime(dir) {
  // A folder's own time changes when a file in it is added, renamed or deleted.
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestTsMtime(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** The newest modification time (ms) among the files the build reads. */
function newestSourceMtime(root) {
  let newest = 0;
  for (const dir of SOURCE_DIRS) newest = Math.max(newest, newestTsMtime(path.join(root, dir)));
  for (const file of SOURCE_FILES) {
    const full = path.join(root, file);
    if (existsSync(full)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Why `output` must be rebuilt before it runs, or null when the build is fresh: it is missing,
 * this launcher never built it, or a source changed since that build started.
 */
function staleReason(root, output) {
  if (!existsSync(path.join(root, output))) return `${output} is not built`;
  const stamp = path.join(root, STAMP);
  if (!existsSync(stamp)) return 'no build stamp';
  if (newestSourceMtime(root) > statSync(stamp).mtimeMs) return 'sources changed since the build';
  return null;
}

/**
 * Records a build that started at `startedMs`: the stamp carries that time, so a file saved
 * while tsc was running still counts as newer than the build.
 */
function writeStamp(root, startedMs) {
  const stamp = path.join(root, STAMP);
  writeFileSync(stamp, 'Written by bin/build-freshness.js after tsc -p tsconfig.build.json.\n');
  utimesSync(stamp, startedMs / 1000, startedMs / 1000);
}

/**
 * Builds with tsc when `output` is stale. tsc emits even when some file has a type error; that
 * blocks nothing here as long as `output` was written (npm run typecheck reports the errors).
 */
function ensureFreshBuild(root, output, log = (line) => process.stderr.write(`${line}\n`)) {
  const reason = staleReason(root, output);
  if (reason === null) return;
  log(`Building with tsc (${reason}); later runs start at once…`);
  const startedMs = Date.now();
  const tsc = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc', { paths: [root] }), '-p', 'tsconfig.build.json'],
    { cwd: root, encoding: 'utf8' },
  );
  if (tsc.error) throw tsc.error;
  if (!existsSync(path.join(root, output))) {
    throw new Error(`tsc did not produce ${output}:\n${tsc.stdout}${tsc.stderr}`);
  }
  if (tsc.status !== 0) {
    log('tsc reported type errors (npm run typecheck shows them); running the build it emitted.');
  }
  writeStamp(root, startedMs);
}

module.exports = { STAMP, newestSourceMtime, staleReason, writeStamp, ensureFreshBuild };
