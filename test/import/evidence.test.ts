import { planImport } from '../../src/import/career-plan';
import { buildCareer } from '../../src/import/career-seed';
import { readCuratedFacts } from '../../src/import/curated-facts';
import { statesNumber } from '../../src/import/evidence';
import { readCareerLicensure, readLicensure } from '../../src/import/licensure';
import { parseOohPage } from '../../src/import/ooh-page';
import { TraitCatalogue } from '../../src/import/traits';
import type { CareerSeed } from '../../src/seed/seed.schema';
import { fixturePage, type FixtureOptions } from './page-fixture';

/**
 * The importer's evidence phrases on a small inline page: which phrase each fact gets, and that a
 * phrase which does not name the seed's figure is left out rather than kept.
 */

const FILE = 'medical-records-and-health-information-technicians.html';

/** The fixture with the line breaks between table cells that the real pages have. */
function spacedPage(options: FixtureOptions = {}): string {
  return fixturePage(options).replace(/<\/(th|td)><td/g, '</$1>\n<td');
}

function evidenceOf(html: string): CareerSeed['evidence'] {
  const facts = readCuratedFacts();
  const problems: string[] = [];
  const plan = planImport([parseOohPage(html, FILE)], facts, problems);
  const career = plan.careers[0]!;
  const seed = buildCareer(
    career,
    plan,
    facts,
    {
      credentials: [],
      advancesTo: [],
      licensure: readLicensure(plan).get(career.slug),
      licensureSentence: readCareerLicensure(career).evidence,
    },
    new TraitCatalogue(problems),
    problems,
  );
  return seed.evidence;
}

const phrases = (evidence: CareerSeed['evidence']): Record<string, string> =>
  Object.fromEntries(evidence.map((e) => [e.fact, e.phrase]));

describe('statesNumber', () => {
  it('finds a figure printed with thousands separators, alone or after a dollar sign', () => {
    expect(statesNumber('was $50,250 in May 2024', 50250)).toBe(true);
    expect(statesNumber('Nurse practitioners 129,210', 129210)).toBe(true);
    expect(statesNumber('grow 7 percent', 7)).toBe(true);
  });

  it('does not find it inside a longer number', () => {
    expect(statesNumber('$150,250', 50250)).toBe(false);
    expect(statesNumber('50,2500', 50250)).toBe(false);
    expect(statesNumber('29-2072 194,800', 7)).toBe(false);
    expect(statesNumber('Number of Jobs, 2024194,800', 194800)).toBe(false);
  });
});

describe('evidence read from an OOH page', () => {
  it('keeps for each figure the sentence or row it is read from, cited with the page', () => {
    const evidence = evidenceOf(spacedPage());
    expect(phrases(evidence)).toEqual({
      MEDIAN_PAY: 'The median annual wage for medical records specialists was $50,250 in May 2024.',
      JOBS_2024: 'Number of Jobs, 2024 194,800',
      // The fixture has no "Employment of … is projected to grow" sentence: the quick facts row.
      PROJECTED_GROWTH: 'Job Outlook, 2024–34 7% (Much faster than average)',
      ANNUAL_OPENINGS:
        'About 14,200 openings for medical records specialists are projected each year, on average, over the decade.',
      ENTRY_EDUCATION: 'Typical Entry-Level Education Postsecondary nondegree award',
    });
    expect(new Set(evidence.map((e) => e.source))).toEqual(
      new Set([
        'https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm',
      ]),
    );
  });

  it('when the page states a licence, then licensure gets the sentence that decided it', () => {
    const sentence = 'All states require medical records specialists to be licensed.';
    const evidence = evidenceOf(
      spacedPage({ licensing: [`Certification helps. ${sentence} Contact your state board.`] }),
    );
    expect(phrases(evidence).LICENSURE).toBe(sentence);
  });

  it('when the page is silent on licences, then licensure has no phrase', () => {
    expect(phrases(evidenceOf(spacedPage())).LICENSURE).toBeUndefined();
  });

  it('when a row runs its cells together, then the figure is not found in it and the fact is left out', () => {
    // Without whitespace between the cells, "2024" and "194,800" read as one number.
    const evidence = phrases(evidenceOf(fixturePage()));
    expect(evidence.JOBS_2024).toBeUndefined();
    expect(evidence.MEDIAN_PAY).toBeDefined();
  });
});
