#!/usr/bin/env node
'use strict';
// `careers-cypher-shell` and `npm run cypher-shell`: Neo4j's cypher-shell, connected to the
// configured database with its credentials. Started from the compiled build, rebuilt only when a
// source is newer (see build-freshness.js).
const path = require('node:path');
const { ensureFreshBuild } = require('./build-freshness');

const root = path.resolve(__dirname, '..');
const entry = path.join('dist', 'src', 'local-neo4j', 'cypher-shell.js');

try {
  ensureFreshBuild(root, entry);
} catch (error) {
  process.stderr.write(`careers-cypher-shell: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}
void require(path.join(root, entry)).main(process.argv);
