import * as fs from 'node:fs';
import * as path from 'node:path';

import * as cheerio from 'cheerio';

import { readCuratedFacts } from '../../src/import/curated-facts';
import { classifySentence } from '../../src/import/licensure';
import { forMatching, normaliseSpace } from '../../src/import/text';
import { careerSchema, type CareerSeed } from '../../src/seed/seed.schema';
import { EDUCATION_LEVEL_NAMES, EVIDENCED_FACT } from '../../src/shared/vocabulary';
import { career, seeds } from '../helpers/seed-oracle';
import { htmlDir } from './shared-data';

/**
 * The seeds' evidence phrases against the OOH pages themselves: each phrase is on its page as
 * printed (once whitespace is collapsed, as the importer collapses it), and names the figure the
 * seed holds for its fact, so a reader who searches the page for it finds that fact.
 */

/** Every page's visible text, whitespace collapsed, by its canonical URL. */
const pageText = ((): Map<string, string> => {
  const byUrl = new Map<string, string>();
  for (const file of fs.readdirSync(htmlDir()).filter((f) => f.endsWith('.html'))) {
    const $ = cheerio.load(fs.readFileSync(path.join(htmlDir(), file), 'utf8'));
    const url = $('link[rel="canonical"]').attr('href');
    $('script, style, noscript').remove();
    if (url) byUrl.set(url, normaliseSpace($('body').text()));
  }
  return byUrl;
})();

/** A figure as the OOH prints it ("50,250"), not part of a longer number. */
function namesNumber(phrase: string, value: number): boolean {
  const printed = Math.abs(value).toLocaleString('en-US').replace(/,/g, '\\,');
  return new RegExp(`(?<![\\d.,])${printed}(?![\\d]|[.,]\\d)`).test(phrase);
}

type Evidence = CareerSeed['evidence'][number];

/** Why a phrase does not state its career's figure, or null when it does. */
function figureProblem(c: CareerSeed, e: Evidence): string | null {
  const phrase = e.phrase;
  switch (e.fact) {
    case 'MEDIAN_PAY': {
      const pay = c.pay?.medianAnnual;
      return pay != null && namesNumber(phrase, pay) ? null : `does not name the pay ${pay}`;
    }
    case 'JOBS_2024': {
      const jobs = c.outlook?.jobs2024;
      return jobs != null && namesNumber(phrase, jobs) ? null : `does not name ${jobs} jobs`;
    }
    case 'ANNUAL_OPENINGS': {
      const openings = c.outlook?.annualOpenings;
      return openings != null && namesNumber(phrase, openings)
        ? null
        : `does not name ${openings} openings`;
    }
    case 'PROJECTED_GROWTH': {
      const growth = c.outlook?.growthPct;
      if (growth == null) return 'growth is unknown';
      // A sentence says "grow 7 percent" / "decline 5 percent"; a table row has the bare figure.
      const sentence = /projected to (grow|decline)/i.exec(phrase);
      if (sentence) {
        const ok =
          new RegExp(`\\b${Math.abs(growth)} percent\\b`).test(phrase) &&
          (sentence[1]?.toLowerCase() === 'decline') === growth < 0;
        return ok ? null : `does not say ${growth} percent`;
      }
      return namesNumber(phrase, growth) ? null : `does not name ${growth}`;
    }
    case 'ENTRY_EDUCATION': {
      const level = forMatching(EDUCATION_LEVEL_NAMES[c.entryEducation.code]);
      // A sub-occupation's level stated in prose: the sentence holds the curated facts' proof.
      const proof = readCuratedFacts().subOccupationEducation[c.slug];
      const inProse = proof?.code === c.entryEducation.code;
      const ok =
        forMatching(phrase).includes(level) ||
        (inProse && forMatching(phrase).includes(forMatching(proof.evidence)));
      return ok ? null : `names neither "${level}" nor the curated proof`;
    }
    case 'LICENSURE': {
      const read = classifySentence(phrase);
      return read === c.licensure.status ? null : `reads as ${read}, not ${c.licensure.status}`;
    }
  }
}

describe('evidence phrases in the seeds', () => {
  const all = seeds().careers.flatMap((c) => c.evidence.map((e) => ({ c, e })));

  it('when the seeds are read, then most careers carry a phrase for most facts', () => {
    // 60 careers × 6 facts; absent ones are only those a page does not state (see below).
    expect(all.length).toBeGreaterThan(seeds().careers.length * 5);
  });

  it("when each phrase is looked for on its career's page, then it is there verbatim", () => {
    const missing = all
      .filter(({ e }) => !(pageText.get(e.source) ?? '').includes(e.phrase))
      .map(({ c, e }) => `${c.slug} ${e.fact}: "${e.phrase}"`);
    expect(missing).toEqual([]);
  });

  it("when a phrase is read, then it quotes the career's own page", () => {
    const elsewhere = all.filter(({ c, e }) => e.source !== c.source || !pageText.has(e.source));
    expect(elsewhere.map(({ c, e }) => `${c.slug} ${e.fact} ${e.source}`)).toEqual([]);
  });

  it('when a phrase is read, then it names the figure the seed holds for its fact', () => {
    const wrong = all.flatMap(({ c, e }) => {
      const problem = figureProblem(c, e);
      return problem ? [`${c.slug} ${e.fact}: "${e.phrase}" ${problem}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it("when a career shares its page with others, then its figures' phrases name it, not the group", () => {
    const own = ['MEDIAN_PAY', 'JOBS_2024', 'PROJECTED_GROWTH', 'ANNUAL_OPENINGS'];
    const split = all.filter(({ c, e }) => c.familySlug !== null && own.includes(e.fact));
    expect(split.length).toBeGreaterThan(0);
    const notOwn = split
      .filter(({ c, e }) => !forMatching(e.phrase).includes(forMatching(c.title)))
      .map(({ c, e }) => `${c.slug} ${e.fact}: "${e.phrase}"`);
    expect(notOwn).toEqual([]);
  });

  it('when a known figure has no phrase, then it is a licensure the page is silent on', () => {
    const absent = seeds().careers.flatMap((c) => {
      const known = {
        MEDIAN_PAY: c.pay?.medianAnnual != null,
        JOBS_2024: c.outlook?.jobs2024 != null,
        PROJECTED_GROWTH: c.outlook?.growthPct != null,
        ANNUAL_OPENINGS: c.outlook?.annualOpenings != null,
        ENTRY_EDUCATION: true,
        LICENSURE: c.licensure.status !== 'UNKNOWN',
      };
      return EVIDENCED_FACT.values
        .filter((f) => known[f] && !c.evidence.some((e) => e.fact === f))
        .map((f) => ({ c, f }));
    });
    // Silence is how the importer reads "no licence needed" (src/import/licensure.ts).
    expect(
      absent
        .filter(({ c, f }) => f !== 'LICENSURE' || c.licensure.status !== 'NOT_REQUIRED')
        .map(({ c, f }) => `${c.slug} ${f}`),
    ).toEqual([]);
  });

  it("gives medical records specialists' pay the page's sentence, with the pay as the page prints it", () => {
    const c = career('medical-records-specialists');
    const pay = c.evidence.find((e) => e.fact === 'MEDIAN_PAY');
    expect(pay?.source).toBe(c.source);
    expect(pay?.phrase).toContain(`$${c.pay?.medianAnnual?.toLocaleString('en-US')}`);
    expect(pageText.get(c.source)).toContain(pay?.phrase);
  });
});

describe('the seed schema on evidence', () => {
  const base = career('medical-records-specialists');
  const problems = (evidence: unknown[], changes: Partial<CareerSeed> = {}): string[] => {
    const result = careerSchema.safeParse({ ...base, ...changes, evidence });
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };
  const pay = base.evidence.find((e) => e.fact === 'MEDIAN_PAY')!;

  it('accepts the committed phrases', () => {
    expect(problems(base.evidence)).toEqual([]);
  });

  it('when a fact has two phrases, then it says so', () => {
    expect(problems([pay, pay])).toEqual(['MEDIAN_PAY has two phrases']);
  });

  it("when a phrase cites another page than the career's, then it says so", () => {
    const other = 'https://www.bls.gov/ooh/healthcare/medical-assistants.htm';
    expect(problems([{ ...pay, source: other }])).toEqual([
      `MEDIAN_PAY: source must be the career's page ${base.source}`,
    ]);
  });

  it('when a phrase is kept for a figure the seed does not know, then it says so', () => {
    expect(problems([pay], { pay: null, noPayReason: 'test' })).toEqual([
      'MEDIAN_PAY: a phrase for a figure the seed does not know',
    ]);
  });

  it('when a phrase keeps uncollapsed whitespace or is empty, then it says so', () => {
    expect(problems([{ ...pay, phrase: ` ${pay.phrase}` }])).toEqual([
      'must have its whitespace collapsed (single spaces, no ends)',
    ]);
    expect(problems([{ ...pay, phrase: '' }])).toHaveLength(1);
  });
});
