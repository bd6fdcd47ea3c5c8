import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { runImport } from '../../src/import/import-ooh';
import { SEEDS_DIR } from '../../src/paths';
import { htmlDir, listFiles, sharedDataDir } from './shared-data';

describe('import:ooh on the shared pages', () => {
  let out = '';
  afterAll(() => {
    if (out) fs.rmSync(path.dirname(out), { recursive: true, force: true });
  });

  it('reproduces the committed seeds byte for byte', () => {
    const data = sharedDataDir();
    out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ooh-reimport-')), 'seeds');

    const report = runImport({
      htmlDir: htmlDir(),
      occupations: path.join(data, 'ooh-2024-34', 'occupations.csv'),
      certifications: path.join(data, 'certifications.tsv'),
      review: path.join(data, 'career-review-health-information-technicians.txt'),
      out,
    });

    expect(report.pages).toBe(50);
    const committed = listFiles(SEEDS_DIR);
    expect(listFiles(out)).toEqual(committed);
    for (const file of committed) {
      expect([file, fs.readFileSync(path.join(out, file), 'utf8')]).toEqual([
        file,
        fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8'),
      ]);
    }
  });

  it('finds the tables beside the page folder when no paths are given', () => {
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ooh-defaults-')), 'seeds');
    try {
      expect(runImport({ htmlDir: htmlDir(), out: target }).counts.careers).toBe(60);
    } finally {
      fs.rmSync(path.dirname(target), { recursive: true, force: true });
    }
  });
});
