#!/usr/bin/env node
'use strict';
// `careers-cypher` and `npm run cypher`: the analysts' Cypher CLI, started from its compiled
// build. tsc runs only when a source is newer than that build, so a question answers at once.
const path = require('node:path');
const { ensureFreshBuild } = require('./build-freshness');

const root = path.resolve(__dirname, '..');
const cli = path.join('dist', 'src', 'cli', 'cypher-cli.js');

try {
  ensureFreshBuild(root, cli);
} catch (error) {
  process.stderr.write(`careers-cypher: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}
require(path.join(root, cli)).main(process.argv);
