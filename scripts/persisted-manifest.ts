import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_MANIFEST, REPO_ROOT } from '../src/paths';
import {
  documentId,
  MANIFEST_FORMAT,
  type Manifest,
  type ManifestOperation,
} from '../src/api/http-cache/trusted-documents';
import { EXAMPLES } from '../web/examples';
import { NEIGHBOURHOOD_QUERY } from '../web/graph/neighbourhood';
import { EXPLORE_OPERATIONS } from '../web/explore/api';
import { CAREER_PAGE_OPERATIONS } from '../web/explore/career-queries';

/**
 * `npm run persisted:manifest`: writes the trusted documents that PERSISTED_ONLY=on answers, from
 * the operations in the repository: the IDE's examples, the web pages' own queries, and any
 * `.graphql` file in schema/operations/ (one named operation each: a deployment's own clients).
 * `--check` only compares, and fails when the committed manifest is out of date.
 */
export const EXTRA_OPERATIONS_DIR = path.join(REPO_ROOT, 'schema', 'operations');

export function repositoryOperations(): Array<{ source: string; body: string }> {
  const extra = existsSync(EXTRA_OPERATIONS_DIR)
    ? readdirSync(EXTRA_OPERATIONS_DIR)
        .filter((f) => f.endsWith('.graphql'))
        .sort()
        .map((f) => ({
          source: `schema/operations/${f}`,
          body: readFileSync(path.join(EXTRA_OPERATIONS_DIR, f), 'utf8'),
        }))
    : [];
  return [
    ...EXAMPLES.map((e) => ({ source: `IDE example "${e.title}"`, body: e.query })),
    { source: 'web/graph/neighbourhood.ts', body: NEIGHBOURHOOD_QUERY },
    ...EXPLORE_OPERATIONS.map((body) => ({ source: 'web/explore/api.ts', body })),
    ...CAREER_PAGE_OPERATIONS.map((body) => ({ source: 'web/explore/career-queries.ts', body })),
    ...extra,
  ];
}

/** One entry per document; each must hold exactly one named operation, and names are unique. */
export function buildManifest(documents: Array<{ source: string; body: string }>): Manifest {
  const operations: ManifestOperation[] = [];
  const seen = new Map<string, string>();
  for (const { source, body } of documents) {
    const ops = parse(body).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const op = ops[0];
    if (ops.length !== 1 || !op?.name) {
      throw new Error(`${source}: a persisted document holds exactly one named operation`);
    }
    const name = op.name.value;
    const earlier = seen.get(name);
    if (earlier) throw new Error(`${source}: the operation name ${name} is also in ${earlier}`);
    seen.set(name, source);
    operations.push({ id: documentId(body), name, type: op.operation, body });
  }
  operations.sort((a, b) => a.name.localeCompare(b.name));
  return { format: MANIFEST_FORMAT, version: 1, operations };
}

export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function main(): void {
  const options = new Command()
    .description('Write the manifest of trusted documents (PERSISTED_ONLY=on) from the repository')
    .option('--check', 'fail if the committed manifest is out of date, write nothing')
    .option('--out <file>', 'where to write it', DEFAULT_MANIFEST)
    .parse()
    .opts<{ check?: boolean; out: string }>();
  const text = manifestText(buildManifest(repositoryOperations()));
  if (options.check) {
    const current = existsSync(options.out) ? readFileSync(options.out, 'utf8') : '';
    if (current !== text) {
      process.stderr.write(`${options.out} is out of date: run npm run persisted:manifest\n`);
      process.exit(1);
    }
    process.stdout.write(`${options.out} is up to date\n`);
    return;
  }
  writeFileSync(options.out, text);
  const count = (JSON.parse(text) as Manifest).operations.length;
  process.stdout.write(`wrote ${count} operations to ${path.relative(REPO_ROOT, options.out)}\n`);
}

if (require.main === module) main();
