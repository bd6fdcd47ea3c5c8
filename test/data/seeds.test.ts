import * as fs from 'node:fs';
import * as path from 'node:path';

import { parseOccupationsCsv } from '../../src/import/inputs';
import { parseOohPage, type OohPage } from '../../src/import/ooh-page';
import { SEEDS_DIR } from '../../src/paths';
import { CAREERS_DIR, type CareerSeed } from '../../src/seed/seed.schema';
import { validateSeedSet } from '../../src/seed/validate-seeds';
import { career, seeds as readCommittedSeeds } from '../helpers/seed-oracle';
import { htmlDir, sharedDataDir } from './shared-data';

const seeds = readCommittedSeeds();
const pages: OohPage[] = fs
  .readdirSync(htmlDir())
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => parseOohPage(fs.readFileSync(path.join(htmlDir(), f), 'utf8'), f));

function share(slug: string, oohCategory: string): number | null | undefined {
  return career(slug).settings.find((s) => s.oohCategory === oohCategory)?.sharePct;
}

describe('committed seeds', () => {
  it('pass the zod schemas and every cross-reference', () => {
    expect(seeds.careers).toHaveLength(60);
    expect(validateSeedSet(seeds)).toEqual([]);
  });

  it('name each career file after its slug', () => {
    // readSeeds refuses a mismatch; this also proves no career file was skipped.
    const files = fs.readdirSync(path.join(SEEDS_DIR, CAREERS_DIR)).sort();
    expect(files).toEqual(seeds.careers.map((c) => `${c.slug}.json`).sort());
  });

  it('give every career pay, entry education, an outlook, settings and a licensure status', () => {
    for (const c of seeds.careers) {
      expect(c.pay !== null || Boolean(c.noPayReason)).toBe(true);
      expect(c.entryEducation.code).toBeDefined();
      expect(c.outlook).not.toBeNull();
      expect(c.settings.length > 0 || Boolean(c.noSettingsReason)).toBe(true);
      expect(c.licensure.status).not.toBe('UNKNOWN');
      expect(c.summary.length).toBeGreaterThan(20);
    }
  });

  it('keep setting shares of each occupation, and of each family, at or below 100 %', () => {
    for (const c of seeds.careers) {
      for (const scope of ['OCCUPATION', 'FAMILY']) {
        const total = c.settings
          .filter((s) => s.scope === scope)
          .reduce((sum, s) => sum + (s.sharePct ?? 0), 0);
        expect(total).toBeLessThanOrEqual(100);
      }
    }
  });

  it('map every largest-employers category on every page', () => {
    const mapped = new Set(seeds.settingMappings.map((m) => m.oohCategory));
    const categories = pages.flatMap((p) =>
      p.employerTables.flatMap((t) => t.rows.map((r) => r.category)),
    );
    expect(categories.length).toBeGreaterThan(200);
    expect(categories.filter((c) => !mapped.has(c))).toEqual([]);
  });

  it('hold the occupations of all 50 pages, each citing its page', () => {
    expect(pages).toHaveLength(50);
    for (const page of pages) {
      const fromPage = seeds.careers.filter((c) => c.source === page.url);
      expect(fromPage.length).toBeGreaterThanOrEqual(1);
      expect(seeds.sources.find((s) => s.url === page.url)).toMatchObject({
        publisher: 'U.S. Bureau of Labor Statistics',
        edition: '2024-34',
        kind: 'OOH_PAGE',
        lastModified: page.lastModified,
      });
    }
    expect(seeds.careers).toHaveLength(60);
  });

  it('agree with occupations.csv', () => {
    const csv = parseOccupationsCsv(
      fs.readFileSync(path.join(sharedDataDir(), 'ooh-2024-34', 'occupations.csv'), 'utf8'),
    );
    expect(csv).toHaveLength(50);
    for (const row of csv) {
      const fromPage = seeds.careers.filter((c) => c.source === row.url);
      if (fromPage.length === 1) {
        const [c] = fromPage as [CareerSeed];
        expect([row.slug, c.title.toLowerCase()]).toEqual([row.slug, row.title.toLowerCase()]);
        expect(c.pay?.medianAnnual).toBe(row.medianPayAnnual);
        if (c.pay?.medianHourly !== null) expect(c.pay?.medianHourly).toBe(row.medianPayHourly);
        expect(c.outlook?.jobs2024).toBe(row.jobs2024);
        expect(c.outlook?.projectedEmployment2034).toBe(row.projectedEmployment2034);
        expect(c.outlook?.growthPct).toBe(row.outlookPct);
        expect(c.outlook?.growthDescription).toBe(row.outlookDescription);
        expect(c.outlook?.employmentChange).toBe(row.employmentChange);
        if (row.socCode) expect(c.socCodes).toEqual([row.socCode]);
      } else {
        // A split page: its sub-occupations add up to the page's total (BLS rounds each figure).
        expect(fromPage.length).toBeGreaterThan(1);
        const family = seeds.families.find((f) => f.source === row.url);
        expect(family?.title.toLowerCase()).toBe(row.title.toLowerCase());
        expect(fromPage.every((c) => c.familySlug === family?.slug)).toBe(true);
        const jobs = fromPage.reduce((n, c) => n + (c.outlook?.jobs2024 ?? 0), 0);
        expect(Math.abs(jobs - (row.jobs2024 ?? 0))).toBeLessThanOrEqual(200);
        const change = fromPage.reduce((n, c) => n + (c.outlook?.employmentChange ?? 0), 0);
        expect(Math.abs(change - (row.employmentChange ?? 0))).toBeLessThanOrEqual(200);
      }
    }
  });

  it('pin medical records specialists to their page', () => {
    const c = career('medical-records-specialists');
    expect(c.title).toBe('Medical Records Specialists');
    expect(c.pay).toMatchObject({ medianAnnual: 50250, medianHourly: 24.16, isLowerBound: false });
    expect(c.outlook).toMatchObject({ jobs2024: 194800, growthPct: 7, annualOpenings: 14200 });
    expect(share('medical-records-specialists', 'Hospitals; state, local, and private')).toBe(28);
    expect(share('medical-records-specialists', 'Offices of physicians')).toBe(19);
    expect(c.settings.find((s) => s.oohCategory === 'Offices of physicians')?.settingId).toBe(
      'physicians-offices-and-private-practices',
    );
    expect(c.licensure.status).toBe('NOT_REQUIRED');
    expect(c.advancesTo.map((a) => a.slug)).toEqual([
      'health-information-technologists-and-medical-registrars',
      'medical-and-health-services-managers',
    ]);
  });

  it('carry the career review facts on medical records specialists, citing the review', () => {
    const c = career('medical-records-specialists');
    const review = seeds.sources.find((s) => s.kind === 'CAREER_REVIEW');
    expect(review?.title).toBe('Medical Careers Review: Health Information Technicians');
    const fromReview = <T extends { source: string }>(items: T[]): T[] =>
      items.filter((i) => i.source === review?.url);
    expect(fromReview(c.settings).map((s) => [s.settingId, s.sharePct])).toEqual([
      ['government', null],
      ['nursing-and-residential-care-facilities', null],
    ]);
    expect(fromReview(c.educationOptions).map((e) => e.code)).toEqual([
      'POSTSECONDARY_NONDEGREE_AWARD',
      'ASSOCIATES_DEGREE',
      'BACHELORS_DEGREE',
      'MASTERS_DEGREE',
    ]);
    const traitKinds = new Map(seeds.traits.map((t) => [t.id, t.kind]));
    expect(fromReview(c.traits).map((t) => [t.traitId, traitKinds.get(t.traitId)])).toEqual(
      expect.arrayContaining([
        ['full-time', 'SCHEDULE'],
        ['part-time-options', 'SCHEDULE'],
        ['mostly-seated-computer-work', 'WORK_CONDITION'],
        ['little-direct-patient-contact', 'WORK_CONDITION'],
        ['good-eyesight', 'QUALITY'],
        ['computer-skills', 'QUALITY'],
      ]),
    );
    expect(c.credentials.map((e) => [e.credentialId, e.role, e.source])).toEqual(
      ['cca', 'ccs', 'cpc', 'rhit'].map((id) => [id, 'PREFERRED', review?.url]),
    );
  });

  it('pin registered nurses, physicians and other single-occupation pages', () => {
    const rn = career('registered-nurses');
    expect(rn.pay?.medianAnnual).toBe(93600);
    expect(rn.outlook?.jobs2024).toBe(3391000);
    expect(rn.licensure.status).toBe('REQUIRED');
    expect(rn.credentials.find((e) => e.credentialId === 'nclex-rn')?.role).toBe('REQUIRED');
    expect(rn.credentials.find((e) => e.credentialId === 'registered-nurse-license')?.role).toBe(
      'REQUIRED',
    );

    const md = career('physicians-and-surgeons');
    expect(md.pay).toMatchObject({ medianAnnual: 239200, isLowerBound: true, medianHourly: 115 });
    expect(md.socCodes).toEqual(['29-1210', '29-1240']);
    expect(md.settings).toEqual([]);
    expect(md.noSettingsReason).toBeTruthy();

    const dentists = career('dentists');
    expect(dentists.pay).toMatchObject({ pct90Annual: 239200, pct90IsLowerBound: true });
    expect(dentists.payByIndustry[0]).toMatchObject({
      industry: 'Government, excluding state and local education and hospitals',
      medianAnnual: 213210,
    });

    expect(career('medical-transcriptionists').outlook).toMatchObject({
      growthPct: -5,
      growthDescription: 'Decline',
      employmentChange: -2200,
    });
    expect(career('home-health-and-personal-care-aides').outlook).toMatchObject({
      jobs2024: 4347700,
      annualOpenings: 765800,
    });
    expect(career('athletic-trainers').pay).toMatchObject({
      medianAnnual: 60250,
      medianHourly: null,
    });
    expect(career('medical-and-health-services-managers').source).toBe(
      'https://www.bls.gov/ooh/management/medical-and-health-services-managers.htm',
    );
    expect(seeds.sources.find((s) => s.url.endsWith('/athletic-trainers.htm'))?.lastModified).toBe(
      '2025-12-03',
    );
  });

  it('split multi-occupation pages into careers with their own figures', () => {
    const emt = career('emergency-medical-technicians');
    expect(emt).toMatchObject({ familySlug: 'emts-and-paramedics', socCodes: ['29-2042'] });
    expect(emt.pay).toMatchObject({ medianAnnual: 41340, medianHourly: null, pct10Annual: 31410 });
    expect(emt.outlook).toMatchObject({
      jobs2024: 181000,
      projectedEmployment2034: 190200,
      growthDescription: null,
    });
    expect(share('emergency-medical-technicians', 'Ambulance services')).toBe(45);

    const paramedics = career('paramedics');
    expect(paramedics.pay?.medianAnnual).toBe(58410);
    expect(share('paramedics', 'Local government, excluding education and hospitals')).toBe(38);

    const np = career('nurse-practitioners');
    expect(np).toMatchObject({
      familySlug: 'nurse-anesthetists-nurse-midwives-and-nurse-practitioners',
    });
    expect(np.pay).toMatchObject({ medianAnnual: 129210, pct10Annual: null, pct90Annual: null });
    expect(np.outlook).toMatchObject({ jobs2024: 320400, growthPct: 40, annualOpenings: null });
    // The employer table covers the three together: shared as the family's, not apportioned.
    expect(np.settings.every((s) => s.scope === 'FAMILY')).toBe(true);
    expect(np.noSettingsReason).toBeNull();
    expect(career('nurse-anesthetists').pay?.medianAnnual).toBe(223210);

    expect(career('orderlies').licensure.status).toBe('NOT_REQUIRED');
    expect(career('nursing-assistants').licensure.status).toBe('VARIES_BY_STATE');
    expect(career('physical-therapist-aides').licensure.status).toBe('NOT_REQUIRED');
    expect(career('physical-therapist-assistants').licensure.status).toBe('REQUIRED');
    expect(career('psychiatric-aides').outlook).toMatchObject({
      growthPct: 0,
      employmentChange: -100,
    });
    expect(career('magnetic-resonance-imaging-technologists').pay?.medianAnnual).toBe(88180);
    expect(career('occupational-therapy-assistants').entryEducation.code).toBe('ASSOCIATES_DEGREE');
    expect(career('occupational-therapy-aides').entryEducation.code).toBe('HIGH_SCHOOL_DIPLOMA');
    expect(seeds.families.map((f) => f.slug)).toHaveLength(9);
  });

  it("classify the reference careers' licensure as their pages state it", () => {
    expect(career('medical-assistants').licensure.status).toBe('VARIES_BY_STATE');
    expect(career('health-information-technologists-and-medical-registrars').licensure.status).toBe(
      'NOT_REQUIRED',
    );
    expect(career('registered-nurses').licensure.scope).toBeTruthy();
    expect(career('medical-records-specialists').licensure.scope).toBeNull();
  });

  it('keep the licensure class of every career (rule in src/import/licensure.ts)', () => {
    const expected: Record<string, string[]> = {
      REQUIRED: [
        'athletic-trainers',
        'audiologists',
        'chiropractors',
        'dental-hygienists',
        'dentists',
        'emergency-medical-technicians',
        'licensed-practical-and-licensed-vocational-nurses',
        'nurse-anesthetists',
        'nurse-midwives',
        'nurse-practitioners',
        'occupational-therapists',
        'optometrists',
        'paramedics',
        'pharmacists',
        'physical-therapist-assistants',
        'physical-therapists',
        'physician-assistants',
        'physicians-and-surgeons',
        'podiatrists',
        'registered-nurses',
        'respiratory-therapists',
        'speech-language-pathologists',
        'veterinarians',
      ],
      VARIES_BY_STATE: [
        'cardiovascular-technologists-and-technicians',
        'clinical-laboratory-technologists-and-technicians',
        'dental-assistants',
        'diagnostic-medical-sonographers',
        'dietitians-and-nutritionists',
        'exercise-physiologists',
        'genetic-counselors',
        'home-health-and-personal-care-aides',
        'magnetic-resonance-imaging-technologists',
        'massage-therapists',
        'medical-and-health-services-managers',
        'medical-assistants',
        'nuclear-medicine-technologists',
        'nursing-assistants',
        'occupational-therapy-assistants',
        'opticians',
        'orthotists-and-prosthetists',
        'pharmacy-technicians',
        'phlebotomists',
        'psychiatric-technicians',
        'radiation-therapists',
        'radiologic-technologists-and-technicians',
        'recreational-therapists',
        'surgical-assistants',
        'surgical-technologists',
        'veterinary-technologists-and-technicians',
      ],
      NOT_REQUIRED: [
        'health-information-technologists-and-medical-registrars',
        'medical-dosimetrists',
        'medical-records-specialists',
        'medical-transcriptionists',
        'occupational-health-and-safety-specialists',
        'occupational-health-and-safety-technicians',
        'occupational-therapy-aides',
        'orderlies',
        'physical-therapist-aides',
        'psychiatric-aides',
        'veterinary-assistants-and-laboratory-animal-caretakers',
      ],
    };
    const actual: Record<string, string[]> = {};
    for (const c of [...seeds.careers].sort((a, b) => a.slug.localeCompare(b.slug))) {
      (actual[c.licensure.status] ??= []).push(c.slug);
    }
    expect(actual).toEqual(expected);
    for (const slug of expected.REQUIRED ?? []) {
      const licence = career(slug).credentials.find((e) =>
        seeds.credentials.some((c) => c.id === e.credentialId && c.kind === 'LICENSE'),
      );
      expect([slug, licence?.role]).toEqual([slug, 'REQUIRED']);
    }
  });

  it('record only the career steps the pages state, with what each step needs', () => {
    const steps = seeds.careers.flatMap((c) => c.advancesTo.map((a) => `${c.slug} > ${a.slug}`));
    expect(steps).toHaveLength(18);
    expect(steps).toEqual(
      expect.arrayContaining([
        'licensed-practical-and-licensed-vocational-nurses > registered-nurses',
        'paramedics > registered-nurses',
        'emergency-medical-technicians > paramedics',
        'registered-nurses > nurse-practitioners',
        'radiation-therapists > medical-dosimetrists',
        'occupational-therapy-aides > occupational-therapy-assistants',
      ]),
    );
    const toManager = career('health-information-technologists-and-medical-registrars').advancesTo;
    expect(toManager).toEqual([
      expect.objectContaining({
        slug: 'medical-and-health-services-managers',
        credentialIds: ['rhia'],
        educationCode: 'BACHELORS_DEGREE',
      }),
    ]);
    expect(
      career('registered-nurses').advancesTo.find((a) => a.slug === 'nurse-midwives'),
    ).toMatchObject({ educationCode: 'MASTERS_DEGREE' });
  });

  it('normalise traits across pages', () => {
    const ids = seeds.traits.map((t) => t.id);
    expect(ids).toContain('detail-oriented');
    expect(ids).toContain('compassion');
    expect(ids).not.toContain('detail-oriented-skills');
    expect(ids.filter((id) => id.startsWith('communication'))).toEqual(['communication-skills']);
  });
});
