import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import * as cheerio from 'cheerio';

import { main } from '../../src/import/import-ooh';
import { htmlDir, listFiles, sharedDataDir } from '../data/shared-data';

/** Copies the real pages into a temp folder, with one page altered. */
function pagesWith(file: string, alter: ($: cheerio.CheerioAPI) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ooh-pages-'));
  for (const name of fs.readdirSync(htmlDir())) {
    fs.copyFileSync(path.join(htmlDir(), name), path.join(dir, name));
  }
  const $ = cheerio.load(fs.readFileSync(path.join(dir, file), 'utf8'));
  alter($);
  fs.writeFileSync(path.join(dir, file), $.html(), 'utf8');
  return dir;
}

function run(pages: string, out: string): { code: number; stdout: string; stderr: string } {
  const data = sharedDataDir();
  let stdout = '';
  let stderr = '';
  const code = main(
    [
      pages,
      '--occupations',
      path.join(data, 'ooh-2024-34', 'occupations.csv'),
      '--certifications',
      path.join(data, 'certifications.tsv'),
      '--review',
      path.join(data, 'career-review-health-information-technicians.txt'),
      '--out',
      out,
    ],
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
  );
  return { code, stdout, stderr };
}

describe('import:ooh with a malformed page', () => {
  const temp: string[] = [];
  afterAll(() => temp.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('when a page lacks its Quick Facts table, then it exits non-zero naming file and part and writes nothing', () => {
    const pages = pagesWith('registered-nurses.html', ($) => $('#quickfacts').remove());
    const outParent = fs.mkdtempSync(path.join(os.tmpdir(), 'ooh-out-'));
    temp.push(pages, outParent);
    const out = path.join(outParent, 'seeds');

    const result = run(pages, out);

    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('registered-nurses.html: no "Quick Facts" table');
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(outParent)).toEqual([]);
  });

  it('when a page lacks its licensing section, then existing seeds are left untouched', () => {
    const pages = pagesWith('medical-assistants.html', ($) => {
      const heading = $('#tab-4 h3').filter((_, h) => /Licenses, Certifications/.test($(h).text()));
      heading.nextUntil('h3').remove();
      heading.remove();
    });
    const outParent = fs.mkdtempSync(path.join(os.tmpdir(), 'ooh-out-'));
    temp.push(pages, outParent);
    const out = path.join(outParent, 'seeds');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'sources.json'), '[]\n');

    const result = run(pages, out);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'medical-assistants.html: no "Licenses, Certifications, and Registrations" section',
    );
    expect(listFiles(out)).toEqual(['sources.json']);
    expect(fs.readFileSync(path.join(out, 'sources.json'), 'utf8')).toBe('[]\n');
    expect(fs.readdirSync(outParent)).toEqual(['seeds']);
  });

  it('when an employer category is unknown, then it names the page and the category', () => {
    const pages = pagesWith('dentists.html', ($) => {
      $('#tab-3 table.ooh-tab-table td')
        .filter((_, td) => $(td).text().trim() === 'Offices of dentists')
        .text('Space stations');
    });
    const outParent = fs.mkdtempSync(path.join(os.tmpdir(), 'ooh-out-'));
    temp.push(pages, outParent);

    const result = run(pages, path.join(outParent, 'seeds'));

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'dentists.html: OOH category "Space stations" is not mapped to a setting',
    );
    expect(fs.readdirSync(outParent)).toEqual([]);
  });
});
