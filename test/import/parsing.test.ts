import { classifyLicensure, classifySentence, licensureScope } from '../../src/import/licensure';
import { PageError, parseOohPage } from '../../src/import/ooh-page';
import {
  kebab,
  parseCount,
  parseLongDate,
  parseMoney,
  parsePercent,
  parseWageCell,
  sentences,
  titleCase,
} from '../../src/import/text';
import { normaliseQuality } from '../../src/import/traits';
import { fixturePage } from './page-fixture';

describe('money, percent and count parsing', () => {
  it('reads dollar amounts with thousands separators and cents', () => {
    expect(parseMoney('$50,250')).toBe(50250);
    expect(parseMoney('$24.16 per hour')).toBe(24.16);
    expect(parseMoney('56,520')).toBe(56520);
    expect(parseMoney('$115.00')).toBe(115);
    expect(parseMoney('—')).toBeNull();
  });

  it('marks "or more" wage cells as lower bounds', () => {
    expect(parseWageCell('$239,200 or more')).toEqual({ value: 239200, isLowerBound: true });
    expect(parseWageCell('225,770')).toEqual({ value: 225770, isLowerBound: false });
  });

  it('reads percentages with or without the sign, including declines', () => {
    expect(parsePercent('28%')).toBe(28);
    expect(parsePercent('19')).toBe(19);
    expect(parsePercent('-5% (Decline)')).toBe(-5);
    expect(parsePercent('—')).toBeNull();
  });

  it('reads whole counts and refuses rounded prose such as "4.3 million"', () => {
    expect(parseCount('3,391,000')).toBe(3391000);
    expect(parseCount('-2,200')).toBe(-2200);
    expect(parseCount('0')).toBe(0);
    expect(parseCount('4.3 million')).toBeNull();
    expect(parseCount('—')).toBeNull();
  });

  it('turns the page date into an ISO date', () => {
    expect(parseLongDate('Last Modified Date: Thursday, August 28, 2025')).toBe('2025-08-28');
    expect(parseLongDate('Wednesday, December 3, 2025')).toBe('2025-12-03');
    expect(parseLongDate('no date')).toBeNull();
  });

  it('makes kebab ids and title case names', () => {
    expect(kebab('Medical Records Specialists')).toBe('medical-records-specialists');
    expect(kebab('Speech-Language Pathologists')).toBe('speech-language-pathologists');
    expect(kebab('Nurse Anesthetists, Nurse Midwives, and Nurse Practitioners')).toBe(
      'nurse-anesthetists-nurse-midwives-and-nurse-practitioners',
    );
    expect(titleCase('occupational health and safety specialists')).toBe(
      'Occupational Health and Safety Specialists',
    );
  });

  it('splits prose into sentences without breaking on abbreviations followed by lower case', () => {
    expect(sentences('Chiropractors need a D.C. degree. All states require a license.')).toEqual([
      'Chiropractors need a D.C. degree.',
      'All states require a license.',
    ]);
  });
});

describe('trait normalisation', () => {
  it('when two pages spell a quality differently, then both give one trait', () => {
    expect(normaliseQuality('Detail oriented.')).toEqual([
      { id: 'detail-oriented', name: 'Detail oriented' },
    ]);
    expect(normaliseQuality('Detail-oriented')).toEqual([
      { id: 'detail-oriented', name: 'Detail oriented' },
    ]);
    expect(normaliseQuality('Communication.')).toEqual(normaliseQuality('Communication skills'));
    expect(normaliseQuality('Critical thinking.')).toEqual([
      { id: 'critical-thinking-skills', name: 'Critical-thinking skills' },
    ]);
  });

  it('when two labels use different words, then they stay two traits named as on the page', () => {
    expect(normaliseQuality('Emotional skills.')).toEqual([
      { id: 'emotional-skills', name: 'Emotional skills' },
    ]);
    expect(normaliseQuality('Emotional stability.')).toEqual([
      { id: 'emotional-stability', name: 'Emotional stability' },
    ]);
    expect(normaliseQuality('Manual dexterity.')).toEqual([
      { id: 'manual-dexterity', name: 'Manual dexterity' },
    ]);
    expect(normaliseQuality('Ability to use technology.')).toEqual([
      { id: 'ability-to-use-technology', name: 'Ability to use technology' },
    ]);
  });

  it('when a label names two qualities, then it gives two traits', () => {
    expect(normaliseQuality('Physical strength and dexterity.').map((t) => t.id)).toEqual([
      'physical-strength',
      'dexterity',
    ]);
  });

  it('keeps the hyphen of compound names in the display name', () => {
    expect(normaliseQuality('Hand–eye coordination.')).toEqual([
      { id: 'hand-eye-coordination', name: 'Hand-eye coordination' },
    ]);
  });
});

describe('licensure classification', () => {
  const status = (...paragraphs: string[]): string => classifyLicensure(paragraphs).status;

  it('when all or nearly all states require a licence, then REQUIRED', () => {
    expect(
      status('All states require chiropractors to be licensed, although requirements vary.'),
    ).toBe('REQUIRED');
    expect(
      status(
        'Registered nurses must have a nursing license issued by the state in which they work.',
      ),
    ).toBe('REQUIRED');
    const nearly = classifyLicensure([
      'Respiratory therapists are required to be licensed in all states except Alaska.',
    ]);
    expect(nearly).toMatchObject({ status: 'REQUIRED', nearlyAll: true });
    expect(licensureScope(nearly)).toMatch(/nearly every state/);
  });

  it('when only some or most states require one, then VARIES_BY_STATE', () => {
    expect(status('Some states require opticians to be licensed.')).toBe('VARIES_BY_STATE');
    expect(status('Most states require genetic counselors to be licensed.')).toBe(
      'VARIES_BY_STATE',
    );
    expect(status('In most states, radiation therapists must be licensed or certified.')).toBe(
      'VARIES_BY_STATE',
    );
    expect(status('Most states regulate pharmacy technicians in some way.')).toBe(
      'VARIES_BY_STATE',
    );
  });

  it('when an example names another job that all states license, then it only shows variation', () => {
    expect(
      status(
        'Some medical and health services managers need a state-issued license. For example, all states require licensure for nursing home administrators.',
      ),
    ).toBe('VARIES_BY_STATE');
  });

  it('when the page is silent or says no licence, then NOT_REQUIRED', () => {
    expect(
      status('Employers may prefer to hire medical records specialists who have certification.'),
    ).toBe('NOT_REQUIRED');
    expect(
      status('Orderlies do not need a license; however, jobs might require CPR certification.'),
    ).toBe('NOT_REQUIRED');
    expect(licensureScope(classifyLicensure([]))).toBeNull();
  });

  it('when some states may require a licence among other prerequisites, then VARIES_BY_STATE', () => {
    expect(
      status(
        'Some states require that medical assistants graduate from an accredited program, be licensed or certified, or meet other prerequisites in order to practice. Contact your state licensing agency for more information.',
      ),
    ).toBe('VARIES_BY_STATE');
    expect(
      status(
        'States may require that phlebotomists complete an accredited training program, have a license or certification, or meet other requirements.',
      ),
    ).toBe('VARIES_BY_STATE');
  });

  it("ignores driver's licences and pointers to licensing boards", () => {
    expect(classifySentence("Those who transport samples may need a driver's license.")).toBeNull();
    expect(
      classifySentence(
        'Information on state licensing board requirements is available from CareerOneStop.',
      ),
    ).toBeNull();
  });
});

describe('parseOohPage on a small inline page', () => {
  const file = 'medical-records-and-health-information-technicians.html';

  it('reads quick facts, employers, pay, projections, qualities and similar pages', () => {
    const page = parseOohPage(fixturePage(), file);
    expect(page.quickFacts).toMatchObject({
      title: 'Medical Records Specialists',
      medianAnnual: 50250,
      medianHourly: 24.16,
      medianIsLowerBound: false,
      entryEducation: 'Postsecondary nondegree award',
      workExperience: 'None',
      jobs2024: 194800,
      growthPct: 7,
      growthDescription: 'Much faster than average',
      employmentChange: 13800,
    });
    expect(page.lastModified).toBe('2025-08-28');
    expect(page.employerTables).toEqual([
      {
        subject: 'medical records specialists',
        rows: [
          { category: 'Hospitals; state, local, and private', sharePct: 28 },
          { category: 'Offices of physicians', sharePct: 19 },
        ],
      },
    ]);
    expect(page.wageParagraphs[0]).toMatchObject({
      medianAnnual: 50250,
      pct10Annual: 35780,
      pct90Annual: 80950,
    });
    expect(page.industryWageTables[0]?.rows[0]).toEqual({
      industry: 'Hospitals; state, local, and private',
      medianAnnual: 56520,
      isLowerBound: false,
    });
    expect(page.projections[0]).toMatchObject({
      socCode: '29-2072',
      jobs2024: 194800,
      projected2034: 208600,
    });
    expect(page.openings).toEqual([
      { subject: 'medical records specialists', annualOpenings: 14200 },
    ]);
    expect(page.qualities).toEqual(['Detail oriented', 'Integrity']);
    expect(page.similarPages).toEqual(['information-clerks', 'medical-assistants']);
  });

  it('reads a top-coded median as a lower bound', () => {
    const page = parseOohPage(
      fixturePage({
        pay: 'This wage is equal to or greater than $239,200 per year or $115.00 per hour.',
      }),
      'physicians-and-surgeons.html',
    );
    expect(page.quickFacts).toMatchObject({
      medianAnnual: 239200,
      medianHourly: 115,
      medianIsLowerBound: true,
    });
  });

  it.each([
    ['quickfacts', 'no "Quick Facts" table'],
    ['projections', 'no "Employment projections" table'],
    ['licensing', 'no "Licenses, Certifications, and Registrations" section'],
    ['qualities', 'no "Important Qualities" list'],
    ['modified', 'no "Last Modified Date"'],
    ['canonical', 'no canonical bls.gov/ooh URL'],
  ] as const)(
    'when the %s part is missing, then it fails naming the file and the part',
    (part, message) => {
      expect(() => parseOohPage(fixturePage({ omit: [part] }), file)).toThrow(
        new PageError(file, message),
      );
      expect(() => parseOohPage(fixturePage({ omit: [part] }), file)).toThrow(
        `${file}: ${message}`,
      );
    },
  );
});
