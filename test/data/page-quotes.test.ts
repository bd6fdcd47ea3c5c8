import * as fs from 'node:fs';
import * as path from 'node:path';

import { parseOohPage, type OohPage } from '../../src/import/ooh-page';
import { forMatching, sentences } from '../../src/import/text';
import { career, seeds } from '../helpers/seed-oracle';
import { htmlDir } from './shared-data';

/**
 * Facts pinned to the sentence on the OOH page that decides them: each test first proves the page
 * still says it, then that the seeds say the same.
 */

function page(file: string): OohPage {
  return parseOohPage(fs.readFileSync(path.join(htmlDir(), file), 'utf8'), file);
}

function licensingSentences(p: OohPage): string[] {
  return p.licensingParagraphs.flatMap(sentences);
}

/** The text of a page's Work Environment tab as its table intros read. */
function says(p: OohPage, quote: string): boolean {
  const all = [
    ...p.licensingParagraphs,
    ...[...p.howToBecome.values()].flat(),
    ...p.employerTables.map((t) => `The largest employers of ${t.subject} were as follows:`),
  ].join(' ');
  return forMatching(all).includes(forMatching(quote));
}

describe('licensure where the page lets states require a licence among other prerequisites', () => {
  it('reads medical assistants as VARIES_BY_STATE, as their page says', () => {
    const quote =
      'Some states require that medical assistants graduate from an accredited program, be licensed or certified, or meet other prerequisites in order to practice.';
    expect(licensingSentences(page('medical-assistants.html'))).toContain(quote);
    expect(career('medical-assistants').licensure.status).toBe('VARIES_BY_STATE');
  });

  it('reads phlebotomists as VARIES_BY_STATE, as their page says', () => {
    const quote =
      'States may require that phlebotomists complete an accredited training program, have a license or certification, or meet other requirements.';
    expect(licensingSentences(page('phlebotomists.html'))).toContain(quote);
    expect(career('phlebotomists').licensure.status).toBe('VARIES_BY_STATE');
  });

  it('keeps psychiatric aides NOT_REQUIRED, because the licence sentence is about technicians', () => {
    const quote = 'Some states require psychiatric technicians to have a license.';
    expect(licensingSentences(page('psychiatric-technicians-and-aides.html'))).toContain(quote);
    expect(career('psychiatric-aides').licensure.status).toBe('NOT_REQUIRED');
    expect(career('psychiatric-technicians').licensure.status).toBe('VARIES_BY_STATE');
  });
});

describe('settings of the advanced practice nurses', () => {
  const aprnPage = page('nurse-anesthetists-nurse-midwives-and-nurse-practitioners.html');
  const aprns = ['nurse-anesthetists', 'nurse-midwives', 'nurse-practitioners'];

  it('attach the one combined table to each of the three as family shares, citing the page', () => {
    const quote =
      'The largest employers of nurse anesthetists, nurse midwives, and nurse practitioners were as follows:';
    expect(says(aprnPage, quote)).toBe(true);
    const [table] = aprnPage.employerTables;
    expect(aprnPage.employerTables).toHaveLength(1);
    for (const slug of aprns) {
      const settings = career(slug).settings;
      expect(settings.map((s) => [s.oohCategory, s.sharePct, s.scope, s.source])).toEqual(
        (table?.rows ?? []).map((r) => [r.category, r.sharePct, 'FAMILY', aprnPage.url]),
      );
    }
    expect(career('nurse-practitioners').settings[0]).toMatchObject({
      oohCategory: 'Offices of physicians',
      sharePct: 46,
    });
  });

  it('leave no sub-occupation of a split page without settings when its page has a table', () => {
    const withoutSettings = seeds()
      .careers.filter((c) => c.familySlug !== null && c.settings.length === 0)
      .map((c) => c.slug);
    expect(withoutSettings).toEqual([]);
    // Family shares only where the page has no table for the occupation itself.
    const familyScoped = seeds()
      .careers.filter((c) => c.settings.some((s) => s.scope === 'FAMILY'))
      .map((c) => c.slug);
    expect(familyScoped).toEqual(aprns);
  });
});

describe('each setting once', () => {
  it('keeps each OOH category with its own share, so a setting can be summed over them', () => {
    // The page lists two employer categories that both belong to business services, 8 % each.
    const records = page('medical-records-and-health-information-technicians.html');
    const rows = records.employerTables[0]?.rows ?? [];
    expect(rows).toEqual(
      expect.arrayContaining([
        { category: 'Administrative and support services', sharePct: 8 },
        { category: 'Management of companies and enterprises', sharePct: 8 },
      ]),
    );
    const business = career('medical-records-specialists').settings.filter(
      (s) => s.settingId === 'business-and-administrative-services',
    );
    expect(business.map((s) => [s.oohCategory, s.sharePct, s.scope])).toEqual([
      ['Administrative and support services', 8, 'OCCUPATION'],
      ['Management of companies and enterprises', 8, 'OCCUPATION'],
    ]);
  });
});

describe('trait names', () => {
  it('name home health and personal care aides\' "Emotional skills" as the page does', () => {
    expect(page('home-health-aides-and-personal-care-aides.html').qualities).toContain(
      'Emotional skills',
    );
    const names = career('home-health-and-personal-care-aides').traits.map(
      (t) => seeds().traits.find((x) => x.id === t.traitId)?.name,
    );
    expect(names).toContain('Emotional skills');
    expect(names).not.toContain('Emotional stability');
  });

  it("give every quality of an OOH career a name found among that page's qualities", () => {
    /** Lower case, hyphens as spaces, without a trailing "skills": the spelling, not the words. */
    const words = (s: string): string =>
      forMatching(s)
        .replace(/[-\u2013]/g, ' ')
        .replace(/[.:]/g, '')
        .replace(/\s+skills$/, '')
        .trim();
    const unfaithful: string[] = [];
    for (const c of seeds().careers) {
      const labels = pageOf(c.source)?.qualities.map(words) ?? [];
      for (const t of c.traits.filter((x) => x.source === c.source)) {
        const name = words(seeds().traits.find((x) => x.id === t.traitId)?.name ?? '');
        // A label may name two qualities ("Physical strength and dexterity").
        const found = labels.some((l) => l === name || l.split(' and ').includes(name));
        if (!found) unfaithful.push(`${c.slug}: ${name}`);
      }
    }
    expect(unfaithful).toEqual([]);
  });
});

const pagesByUrl = new Map<string, OohPage>();
function pageOf(url: string): OohPage | undefined {
  if (pagesByUrl.size === 0) {
    for (const f of fs.readdirSync(htmlDir()).filter((x) => x.endsWith('.html'))) {
      const p = page(f);
      pagesByUrl.set(p.url, p);
    }
  }
  return pagesByUrl.get(url);
}
