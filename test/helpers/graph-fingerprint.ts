import { createHash } from 'node:crypto';
import type { QueryRunner } from '../../src/db/query-runner';

const GRAPH_FINGERPRINT = [
  {
    name: 'test/node-fingerprint',
    text: 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
  },
  {
    name: 'test/relationship-fingerprint',
    text: 'MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props, properties(a) AS a, properties(b) AS b',
  },
];

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  sha256: string;
}

/** Counts and a checksum of every node and relationship with its properties: what a read must never change. */
export async function graphFingerprint(runner: QueryRunner): Promise<GraphFingerprint> {
  const [nodes, rels] = await Promise.all(GRAPH_FINGERPRINT.map((q) => runner.read(q)));
  const lines = [...(nodes ?? []), ...(rels ?? [])].map((row) =>
    JSON.stringify(row, Object.keys(row).sort()),
  );
  const hash = createHash('sha256');
  for (const line of lines.sort()) hash.update(line);
  return {
    nodes: nodes?.length ?? 0,
    relationships: rels?.length ?? 0,
    sha256: hash.digest('hex'),
  };
}
