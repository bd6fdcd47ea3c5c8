import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { CURATED_FACTS_FILE, readCuratedFacts } from '../../src/import/curated-facts';
import { ImportError } from '../../src/import/import-error';

describe('curated facts file', () => {
  it('passes its schema, and every fact carries the words that prove it', () => {
    const facts = readCuratedFacts();
    const proofs = [
      ...facts.pageCredentials.flatMap((c) => c.careers.map((l) => l.evidence)),
      ...Object.values(facts.tsvCredentialRoles).flatMap((r) =>
        Object.values(r).map((x) => x.evidence),
      ),
      ...facts.advancements.map((a) => a.evidence),
      ...Object.values(facts.subOccupationEducation).map((e) => e.evidence),
    ];
    expect(proofs.length).toBeGreaterThan(40);
    expect(proofs.every((p) => p.trim().length > 0)).toBe(true);
  });

  it('when a fact loses its evidence or a role is misspelt, then every problem is named', () => {
    const raw = JSON.parse(fs.readFileSync(CURATED_FACTS_FILE, 'utf8')) as {
      advancements: Record<string, unknown>[];
      pageCredentials: { careers: Record<string, unknown>[] }[];
    };
    delete raw.advancements[0]?.evidence;
    const link = raw.pageCredentials[0]?.careers[0];
    if (link) link.role = 'MANDATORY';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'curated-'));
    const file = path.join(dir, 'curated-facts.json');
    fs.writeFileSync(file, JSON.stringify(raw));
    try {
      let problems: readonly string[] = [];
      try {
        readCuratedFacts(file);
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        problems = error.problems;
      }
      expect(problems).toEqual([
        expect.stringMatching(/pageCredentials\.0\.careers\.0\.role/),
        expect.stringMatching(/advancements\.0\.evidence/),
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
