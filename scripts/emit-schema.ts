import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { createSchema } from '../src/api/schema';
import { printSortedSchema } from '../src/api/schema-print';
import { SCHEMA_FILE } from '../src/paths';

/** Writes schema/schema.graphql from the resolver classes; a test fails when it drifts. */
createSchema()
  .then((schema) => {
    writeFileSync(SCHEMA_FILE, printSortedSchema(schema));
    process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
  })
  .catch((err: unknown) => {
    process.stderr.write(`${String(err)}\n`);
    process.exit(1);
  });
