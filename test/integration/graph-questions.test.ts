import { careerLoaders } from '../../src/api/career/career.loaders';
import { CAREER_LISTS } from '../../src/api/career/career-lists';
import { NATIONAL_GROWTH_PCT } from '../../src/api/career/national-average';
import type { CareerSeed } from '../../src/seed/seed.schema';
import { useSeededGraphQL } from '../helpers/graphql';
import { byCodeUnit, career, educationRank, seeds, shareIn } from '../helpers/seed-oracle';

/** Reverse traversals, search, comparisons, similar careers, paths and aggregates. */
describe('graph questions', () => {
  const gql = useSeededGraphQL();

  async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await gql.run<T>(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data as T;
  }

  describe('reverse traversals', () => {
    it('when a setting is asked for its careers, then each comes with its summed share, largest first', async () => {
      const { setting } = await data<{
        setting: {
          name: string;
          careerCount: number;
          careers: Array<{ sharePct: number | null; career: { slug: string } }>;
        };
      }>(`{ setting(id: "nursing-and-residential-care-facilities") {
             name careerCount careers(first: 100) { sharePct career { slug } } } }`);
      const want = seeds()
        .careers.filter((c) =>
          c.settings.some((s) => s.settingId === 'nursing-and-residential-care-facilities'),
        )
        .map((c) => ({
          slug: c.slug,
          share: shareIn(c, 'nursing-and-residential-care-facilities'),
        }));
      expect(setting.careerCount).toBe(want.length);
      expect(setting.careers).toHaveLength(want.length);
      const nursing = setting.careers.find((c) => c.career.slug === 'nursing-assistants');
      expect(nursing?.sharePct).toBe(
        shareIn(career('nursing-assistants'), 'nursing-and-residential-care-facilities'),
      );
      // Known shares descend; the career review's share-less edges come last.
      const shares = setting.careers.map((c) => c.sharePct ?? -1);
      expect(shares).toEqual([...shares].sort((a, b) => b - a));
      expect(setting.careers.map((c) => c.career.slug)).toContain('medical-records-specialists');
    });

    it('when a setting is asked with minSharePct, then only careers with that share remain', async () => {
      const { setting } = await data<{ setting: { careers: Array<{ sharePct: number }> } }>(
        `{ setting(id: "hospitals") { careers(minSharePct: 50) { sharePct } } }`,
      );
      const want = seeds().careers.filter((c) => (shareIn(c, 'hospitals') ?? -1) >= 50).length;
      expect(setting.careers).toHaveLength(want);
      expect(setting.careers.every((c) => c.sharePct >= 50)).toBe(true);
    });

    it('when a certification is asked, then its issuer and careers come back', async () => {
      const { credential } = await data<{
        credential: {
          name: string;
          kind: string;
          issuer: { name: string; acronym: string };
          careers: Array<{ role: string; career: { slug: string } }>;
        };
      }>(
        `{ credential(id: "rhit") { name kind issuer { name acronym } careers { role career { slug } } } }`,
      );
      expect(credential.name).toBe('Registered Health Information Technician');
      expect(credential.kind).toBe('CERTIFICATION');
      expect(credential.issuer.acronym).toBe('AHIMA');
      expect(credential.careers.map((c) => c.career.slug).sort()).toEqual(
        seeds()
          .careers.filter((c) => c.credentials.some((x) => x.credentialId === 'rhit'))
          .map((c) => c.slug)
          .sort(),
      );
    });

    it('when asking which certifications exist for medical records specialists, then each names its issuer', async () => {
      const { career: c } = await data<{
        career: {
          credentials: Array<{
            role: string;
            credential: { id: string; kind: string; issuer: { acronym: string } | null };
          }>;
        };
      }>(`{ career(slug: "medical-records-specialists") {
             credentials { role credential { id kind issuer { acronym } } } } }`);
      const certs = c.credentials.filter((x) => x.credential.kind === 'CERTIFICATION');
      expect(
        Object.fromEntries(certs.map((x) => [x.credential.id, x.credential.issuer?.acronym])),
      ).toMatchObject({
        rhit: 'AHIMA',
        cca: 'AHIMA',
        ccs: 'AHIMA',
        cpc: 'AAPC',
      });
    });

    it('when a trait is asked, then the careers with it come back', async () => {
      const { trait } = await data<{
        trait: { careerCount: number; careers: Array<{ slug: string }> };
      }>(`{ trait(id: "detail-oriented") { careerCount careers { slug } } }`);
      const want = seeds().careers.filter((c) =>
        c.traits.some((t) => t.traitId === 'detail-oriented'),
      );
      expect(trait.careerCount).toBe(want.length);
      expect(trait.careers.map((c) => c.slug).sort()).toEqual(want.map((c) => c.slug).sort());
    });

    it('when the lists are asked, then they hold every seeded record in order', async () => {
      const lists = await data<{
        settings: Array<{ id: string }>;
        credentials: Array<{ id: string }>;
        traits: Array<{ id: string }>;
        educationLevels: Array<{ code: string; rank: number; careers: Array<{ slug: string }> }>;
      }>(`{ settings { id } credentials { id } traits { id }
            educationLevels { code rank careers { slug } } }`);
      expect(lists.settings.map((s) => s.id).sort()).toEqual(
        seeds()
          .settings.map((s) => s.id)
          .sort(),
      );
      expect(lists.credentials).toHaveLength(seeds().credentials.length);
      expect(lists.traits).toHaveLength(seeds().traits.length);
      expect(lists.educationLevels.map((e) => e.rank)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      const postsecondary = lists.educationLevels.find(
        (e) => e.code === 'POSTSECONDARY_NONDEGREE_AWARD',
      )!;
      expect(postsecondary.careers.map((c) => c.slug).sort()).toEqual(
        seeds()
          .careers.filter((c) => educationRank(c) === 2)
          .map((c) => c.slug)
          .sort(),
      );
    });

    it('when an id does not exist, then the answer is null', async () => {
      expect(
        await data(
          `{ setting(id: "moon-base") { id } trait(id: "x") { id } credential(id: "y") { id } }`,
        ),
      ).toEqual({
        setting: null,
        trait: null,
        credential: null,
      });
    });
  });

  describe('search', () => {
    it('when searching "medical records", then medical records specialists rank first', async () => {
      const { search } = await data<{ search: Array<{ type: string; id: string; score: number }> }>(
        `{ search(text: "medical records", first: 5) { type id title score } }`,
      );
      expect(search[0]).toMatchObject({ type: 'CAREER', id: 'medical-records-specialists' });
      const scores = search.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('when searching across kinds, then settings, credentials and traits are found too', async () => {
      const { search } = await data<{ search: Array<{ type: string; id: string }> }>(
        `{ h: search(text: "hospitals") { type id } }`.replace('h: ', ''),
      );
      expect(search).toContainEqual({ type: 'SETTING', id: 'hospitals' });
      const { search: rhit } = await data<{ search: Array<{ type: string; id: string }> }>(
        `{ search(text: "RHIT") { type id } }`,
      );
      expect(rhit).toContainEqual({ type: 'CREDENTIAL', id: 'rhit' });
      const { search: trait } = await data<{ search: Array<{ type: string; id: string }> }>(
        `{ search(text: "detail oriented") { type id } }`,
      );
      expect(trait).toContainEqual({ type: 'TRAIT', id: 'detail-oriented' });
    });

    it('when the text is Lucene syntax or only symbols, then there is no error', async () => {
      for (const text of ['AND OR NOT', 'title:"x" ~ ^2 [a TO b]', '***', '\\', ')(']) {
        const result = await gql.run(`query S($t: String!) { search(text: $t) { id } }`, {
          t: text,
        });
        expect(result.errors).toBeUndefined();
      }
    });
  });

  describe('comparisons', () => {
    it("when pay is ranked among the same entry education, then the rank follows the seeds' figures", async () => {
      const { career: c } = await data<{
        career: {
          payRank: { rank: number; of: number; percentile: number };
          all: { rank: number; of: number };
        };
      }>(`{ career(slug: "medical-records-specialists") {
             payRank(peerGroup: SAME_ENTRY_EDUCATION) { rank of percentile }
             all: payRank(peerGroup: ALL) { rank of } } }`);
      const me = career('medical-records-specialists');
      const pay = me.pay!.medianAnnual!;
      const peers = seeds().careers.filter(
        (p) => p.entryEducation.code === me.entryEducation.code && p.pay?.medianAnnual != null,
      );
      expect(c.payRank.of).toBe(peers.length);
      expect(c.payRank.rank).toBe(peers.filter((p) => p.pay!.medianAnnual! > pay).length + 1);
      const lower = peers.filter((p) => p.pay!.medianAnnual! < pay).length;
      expect(c.payRank.percentile).toBeCloseTo((100 * lower) / (peers.length - 1), 5);
      const everyone = seeds().careers.filter((p) => p.pay?.medianAnnual != null);
      expect(c.all).toEqual({
        rank: everyone.filter((p) => p.pay!.medianAnnual! > pay).length + 1,
        of: everyone.length,
      });
    });

    it('when growth is compared with the national average, then the difference is in points against it', async () => {
      const { career: c } = await data<{
        career: { growthVsNationalAverage: Record<string, unknown> };
      }>(
        `{ career(slug: "medical-records-specialists") {
             growthVsNationalAverage { careerPct nationalPct differencePct isAboveAverage } } }`,
      );
      const careerPct = career('medical-records-specialists').outlook?.growthPct ?? NaN;
      expect(c.growthVsNationalAverage).toEqual({
        careerPct,
        nationalPct: NATIONAL_GROWTH_PCT,
        differencePct: careerPct - NATIONAL_GROWTH_PCT,
        isAboveAverage: careerPct > NATIONAL_GROWTH_PCT,
      });
    });

    it('when careers are compared, then figures sit side by side with differences from the first', async () => {
      const { compare } = await data<{
        compare: {
          careers: Array<{ slug: string }>;
          metrics: Array<{
            metric: string;
            values: Array<{
              slug: string;
              value: number | null;
              differenceFromFirst: number | null;
            }>;
            highest: string;
            spread: number;
          }>;
          sharedSettings: Array<{ id: string }>;
        };
      }>(`{ compare(slugs: ["medical-records-specialists", "health-information-technologists-and-medical-registrars"]) {
             careers { slug }
             metrics { metric values { slug value differenceFromFirst } highest spread }
             sharedSettings { id } } }`);
      const a = career('medical-records-specialists');
      const b = career('health-information-technologists-and-medical-registrars');
      const pay = compare.metrics.find((m) => m.metric === 'MEDIAN_PAY')!;
      expect(pay.values).toEqual([
        { slug: a.slug, value: a.pay!.medianAnnual, differenceFromFirst: 0 },
        {
          slug: b.slug,
          value: b.pay!.medianAnnual,
          differenceFromFirst: b.pay!.medianAnnual! - a.pay!.medianAnnual!,
        },
      ]);
      expect(pay.highest).toBe(b.slug);
      expect(compare.sharedSettings.map((s) => s.id)).toContain('hospitals');
    });

    it('when compare gets one slug or an unknown one, then the error says which', async () => {
      const one = await gql.run(`{ compare(slugs: ["registered-nurses"]) { careers { slug } } }`);
      expect(one.errors?.[0]?.message).toMatch(/give 2 to 10 careers/);
      const unknown = await gql.run(
        `{ compare(slugs: ["registered-nurses", "astronauts"]) { careers { slug } } }`,
      );
      expect(unknown.errors?.[0]?.message).toMatch(/no career with slug "astronauts"/);
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('similar careers', () => {
    const traitSet = (c: CareerSeed): Set<string> => new Set(c.traits.map((t) => t.traitId));

    it('when similar by shared traits, then scores are the Jaccard of the trait sets and explain themselves', async () => {
      const { similarCareers } = await data<{
        similarCareers: Array<{
          score: number;
          career: { slug: string };
          shared: Array<{ id: string }>;
        }>;
      }>(`{ similarCareers(slug: "medical-records-specialists", by: SHARED_TRAITS, first: 5) {
             score career { slug } shared { id } } }`);
      const mine = traitSet(career('medical-records-specialists'));
      const want = seeds()
        .careers.filter((c) => c.slug !== 'medical-records-specialists')
        .map((c) => {
          const theirs = traitSet(c);
          const shared = [...mine].filter((t) => theirs.has(t));
          return {
            slug: c.slug,
            title: c.title,
            score: shared.length / new Set([...mine, ...theirs]).size,
            shared,
          };
        })
        .filter((x) => x.shared.length > 0);
      expect(similarCareers).toHaveLength(5);
      for (const hit of similarCareers) {
        const w = want.find((x) => x.slug === hit.career.slug)!;
        expect(hit.score).toBeCloseTo(w.score, 4);
        expect(hit.shared.map((s) => s.id).sort()).toEqual([...w.shared].sort());
      }
      const best = Math.max(...want.map((w) => w.score));
      expect(similarCareers[0]!.score).toBeCloseTo(best, 4);
    });

    it('when similar by shared settings, then the overlap of job shares ranks them', async () => {
      const { similarCareers } = await data<{
        similarCareers: Array<{ score: number; career: { slug: string } }>;
      }>(
        `{ similarCareers(slug: "medical-records-specialists", by: SHARED_SETTINGS, first: 3) { score career { slug } } }`,
      );
      const me = career('medical-records-specialists');
      const overlap = (other: CareerSeed): number =>
        [...new Set(me.settings.map((s) => s.settingId))].reduce(
          (t, id) =>
            other.settings.some((s) => s.settingId === id)
              ? t + Math.min(shareIn(me, id) ?? 0, shareIn(other, id) ?? 0)
              : t,
          0,
        ) / 100;
      const top = similarCareers[0]!;
      expect(top.score).toBeCloseTo(overlap(career(top.career.slug)), 4);
      const best = Math.max(
        ...seeds()
          .careers.filter((c) => c.slug !== me.slug)
          .map(overlap),
      );
      expect(top.score).toBeCloseTo(best, 4);
    });

    it("when similar by shared settings, then the ranking is the seeds' (overlap, settings shared, title) and every shorter list is its prefix", async () => {
      const rank = async (slug: string, first: number) =>
        (
          await data<{ similarCareers: Array<{ score: number; career: { slug: string } }> }>(
            `{ similarCareers(slug: "${slug}", by: SHARED_SETTINGS, first: ${first}) { score career { slug } } }`,
          )
        ).similarCareers;
      for (const slug of ['medical-records-specialists', 'registered-nurses']) {
        const me = career(slug);
        const mine = [...new Set(me.settings.map((s) => s.settingId))];
        const expected = seeds()
          .careers.filter((c) => c.slug !== slug)
          .map((c) => {
            const shared = mine.filter((id) => c.settings.some((s) => s.settingId === id));
            const overlap = shared.reduce(
              (t, id) => t + Math.min(shareIn(me, id) ?? 0, shareIn(c, id) ?? 0),
              0,
            );
            return { c, shared: shared.length, overlap: Math.round(overlap * 1e6) / 1e6 };
          })
          .filter((x) => x.shared > 0)
          .sort(
            (a, b) =>
              b.overlap - a.overlap ||
              b.shared - a.shared ||
              byCodeUnit(a.c.title.toLowerCase(), b.c.title.toLowerCase()),
          );
        const all = await rank(slug, 100);
        expect(all.map((x) => x.career.slug)).toEqual(expected.map((x) => x.c.slug));
        all.forEach((x, i) => expect(x.score).toBeCloseTo(expected[i]!.overlap / 100, 6));
        // Titles are read only for candidates at or above the last kept one (the statement's
        // cut); any length must still be the full ranking's head, ties at the cut included.
        for (let first = 1; first <= 12; first++) {
          const head = await rank(slug, first);
          expect(head.map((x) => x.career.slug)).toEqual(
            all.slice(0, first).map((x) => x.career.slug),
          );
        }
      }
    });

    it("when similar by the OOH, then the page's similar occupations come back", async () => {
      const { similarCareers } = await data<{
        similarCareers: Array<{ career: { slug: string } }>;
      }>(`{ similarCareers(slug: "registered-nurses", by: OOH, first: 100) { career { slug } } }`);
      const rn = career('registered-nurses');
      const linked = new Set([
        ...rn.similarTo.map((s) => s.slug),
        ...seeds()
          .careers.filter((c) => c.similarTo.some((s) => s.slug === rn.slug))
          .map((c) => c.slug),
      ]);
      expect(similarCareers.map((s) => s.career.slug).sort()).toEqual([...linked].sort());
    });

    it('when careers list their OOH similar occupations in one batch, then each gets its own list in title order', async () => {
      const { careers } = await data<{
        careers: {
          edges: Array<{
            node: { slug: string; similarOccupations: Array<{ slug: string; title: string }> };
          }>;
        };
      }>(`{ careers(first: 100) { edges { node { slug similarOccupations { slug title } } } } }`);
      expect(careers.edges).toHaveLength(seeds().careers.length);
      for (const { node } of careers.edges) {
        const want = career(node.slug)
          .similarTo.map((s) => career(s.slug))
          .sort((a, b) => (a.title.toLowerCase() < b.title.toLowerCase() ? -1 : 1))
          .map((c) => c.slug);
        expect(node.similarOccupations.map((c) => c.slug)).toEqual(want);
      }
    });

    it('when the career does not exist, then NOT_FOUND', async () => {
      const result = await gql.run(`{ similarCareers(slug: "astronauts") { score } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('career paths', () => {
    it('when going from medical records specialist to health services manager, then the shortest stated path comes back with what each step needs', async () => {
      const { careerPath } = await data<{
        careerPath: {
          length: number;
          steps: Array<{ from: { slug: string }; to: { slug: string }; source: string }>;
        };
      }>(`{ careerPath(from: "medical-records-specialists", to: "medical-and-health-services-managers") {
             length steps { from { slug } to { slug } credentials { id } education { code } note source } } }`);
      expect(careerPath.steps[0]!.from.slug).toBe('medical-records-specialists');
      expect(careerPath.steps.at(-1)!.to.slug).toBe('medical-and-health-services-managers');
      expect(careerPath.length).toBe(careerPath.steps.length);
      for (const step of careerPath.steps) {
        expect(career(step.from.slug).advancesTo.map((a) => a.slug)).toContain(step.to.slug);
      }
    });

    it('when going from LPN to nurse practitioner, then the path runs through registered nurses and each step adds the licences the next career requires', async () => {
      const { careerPath } = await data<{
        careerPath: { steps: Array<{ to: { slug: string }; credentials: Array<{ id: string }> }> };
      }>(
        `{ careerPath(from: "licensed-practical-and-licensed-vocational-nurses", to: "nurse-practitioners") {
             steps { to { slug } credentials { id } } } }`,
      );
      expect(careerPath.steps.map((s) => s.to.slug)).toEqual([
        'registered-nurses',
        'nurse-practitioners',
      ]);
      const required = (slug: string): string[] =>
        career(slug)
          .credentials.filter((c) => c.role === 'REQUIRED')
          .map((c) => c.credentialId);
      const added = (from: string, to: string): string[] =>
        required(to)
          .filter((id) => !required(from).includes(id))
          .sort();
      const [toRn, toNp] = careerPath.steps;
      expect(toRn!.credentials.map((c) => c.id).sort()).toEqual(
        added('licensed-practical-and-licensed-vocational-nurses', 'registered-nurses'),
      );
      expect(toRn!.credentials.map((c) => c.id)).toContain('registered-nurse-license');
      expect(toNp!.credentials.map((c) => c.id).sort()).toEqual(
        added('registered-nurses', 'nurse-practitioners'),
      );
    });

    it('when no path is stated, then careerPath is null; from a career to itself, no steps', async () => {
      expect(
        await data(
          `{ careerPath(from: "medical-and-health-services-managers", to: "medical-records-specialists") { length } }`,
        ),
      ).toEqual({ careerPath: null });
      expect(
        await data(
          `{ careerPath(from: "registered-nurses", to: "registered-nurses") { length steps { note } } }`,
        ),
      ).toEqual({ careerPath: { length: 0, steps: [] } });
    });
  });

  describe('stats', () => {
    it('when stats are asked, then the aggregates match the seeds', async () => {
      const { stats } = await data<{
        stats: {
          careerCount: number;
          medianPayByEntryEducation: Array<{
            level: { code: string };
            careerCount: number;
            min: number | null;
            median: number | null;
            max: number | null;
          }>;
          careersPerLicensure: Array<{ licensure: string; count: number }>;
          careersPerSetting: Array<{ setting: { id: string }; count: number }>;
        };
      }>(`{ stats { careerCount
             medianPayByEntryEducation { level { code } careerCount min median max }
             careersPerLicensure { licensure count }
             careersPerSetting { setting { id } count } } }`);
      const all = seeds().careers;
      expect(stats.careerCount).toBe(all.length);
      for (const row of stats.medianPayByEntryEducation) {
        const pays = all
          .filter((c) => c.entryEducation.code === row.level.code && c.pay?.medianAnnual != null)
          .map((c) => c.pay!.medianAnnual!)
          .sort((a, b) => a - b);
        expect(row.careerCount).toBe(
          all.filter((c) => c.entryEducation.code === row.level.code).length,
        );
        expect(row.min).toBe(pays[0] ?? null);
        expect(row.max).toBe(pays.at(-1) ?? null);
        const mid = pays.length / 2;
        const median =
          pays.length === 0
            ? null
            : pays.length % 2
              ? pays[Math.floor(mid)]
              : (pays[mid - 1]! + pays[mid]!) / 2;
        if (median === null || median === undefined) expect(row.median).toBeNull();
        else expect(row.median).toBeCloseTo(median, 5);
      }
      const licensure = Object.fromEntries(
        stats.careersPerLicensure.map((r) => [r.licensure, r.count]),
      );
      expect(licensure.NOT_REQUIRED).toBe(
        all.filter((c) => c.licensure.status === 'NOT_REQUIRED').length,
      );
      const hospitals = stats.careersPerSetting.find((r) => r.setting.id === 'hospitals')!;
      expect(hospitals.count).toBe(
        all.filter((c) => c.settings.some((s) => s.settingId === 'hospitals')).length,
      );
    });
  });
  describe('what the pages say', () => {
    it("when asking where nurse practitioners work, then their page's combined table comes back, marked FAMILY", async () => {
      const { career: np } = await data<{
        career: {
          settings: Array<{
            scope: string;
            oohCategories: string[];
            categories: Array<{ oohCategory: string; sharePct: number | null }>;
          }>;
        };
      }>(
        `{ career(slug: "nurse-practitioners") { settings { scope oohCategories categories { oohCategory sharePct } } } }`,
      );
      expect(np.settings.length).toBeGreaterThan(0);
      expect(np.settings.every((s) => s.scope === 'FAMILY')).toBe(true);
      expect(
        np.settings
          .flatMap((s) => s.categories)
          .map((x) => [x.oohCategory, x.sharePct])
          .sort(),
      ).toEqual(
        career('nurse-practitioners')
          .settings.map((s) => [s.oohCategory, s.sharePct])
          .sort(),
      );
      const scopes = await gql.runner.read(
        {
          name: 'test/works-in-scopes',
          text: `MATCH (:Career {slug: $slug})-[w:WORKS_IN]->()
                 RETURN collect(DISTINCT w.scope) AS scopes, collect(DISTINCT w.source) AS sources`,
        },
        { slug: 'nurse-practitioners' },
      );
      expect(scopes).toEqual([
        { scopes: ['FAMILY'], sources: [career('nurse-practitioners').source] },
      ]);
    });

    it('when licensure is filtered, then medical assistants and phlebotomists vary by state', async () => {
      const { careers } = await data<{
        careers: { edges: Array<{ node: { slug: string } }> };
      }>(
        `{ careers(filter: { licensure: [VARIES_BY_STATE] }, first: 100) { edges { node { slug } } } }`,
      );
      const slugs = careers.edges.map((e) => e.node.slug);
      expect(slugs).toEqual(expect.arrayContaining(['medical-assistants', 'phlebotomists']));
      expect(slugs).not.toContain('psychiatric-aides');
      expect(slugs).toHaveLength(
        seeds().careers.filter((c) => c.licensure.status === 'VARIES_BY_STATE').length,
      );
    });

    it('when home health and personal care aides list their qualities, then "Emotional skills" is named as on the page', async () => {
      const { career: aides } = await data<{ career: { traits: Array<{ name: string }> } }>(
        `{ career(slug: "home-health-and-personal-care-aides") { traits { name } } }`,
      );
      expect(aides.traits.map((t) => t.name)).toContain('Emotional skills');
      expect(aides.traits.map((t) => t.name)).not.toContain('Emotional stability');
    });

    it('when asking where medical records specialists work, then each setting is named once with its summed share', async () => {
      const { career: mrs } = await data<{
        career: {
          settings: Array<{
            setting: { id: string };
            sharePct: number | null;
            oohCategories: string[];
            categories: Array<{ oohCategory: string; sharePct: number | null }>;
          }>;
        };
      }>(
        `{ career(slug: "medical-records-specialists") { settings { setting { id } sharePct oohCategories categories { oohCategory sharePct } } } }`,
      );
      const ids = mrs.settings.map((s) => s.setting.id);
      expect(ids).toEqual([...new Set(ids)]);
      const business = mrs.settings.find(
        (s) => s.setting.id === 'business-and-administrative-services',
      );
      expect(business?.sharePct).toBe(16);
      expect(business?.categories).toEqual([
        { oohCategory: 'Administrative and support services', sharePct: 8 },
        { oohCategory: 'Management of companies and enterprises', sharePct: 8 },
      ]);
    });

    it('when settings are read grouped, then each setting comes once with its summed share and its OOH categories', async () => {
      // The settings' own loader: their WORKS_IN edges, grouped by setting-shares.ts.
      const slugs = seeds().careers.map((c) => c.slug);
      const loaders = careerLoaders(gql.runner);
      const lists = await Promise.all(
        slugs.map((s) => loaders.listBySlug(CAREER_LISTS.settings, s)),
      );
      const bySlug = new Map(slugs.map((slug, i) => [slug, lists[i] as GroupedSetting[]]));
      for (const c of seeds().careers) {
        const got = bySlug.get(c.slug) ?? [];
        const ids = got.map((g) => `${g.setting.id}/${g.scope}`);
        expect([c.slug, ids]).toEqual([c.slug, [...new Set(ids)]]);
        for (const g of got) {
          const edges = c.settings.filter(
            (s) => s.settingId === g.setting.id && s.scope === g.scope,
          );
          expect(g.sharePct).toBe(shareIn({ ...c, settings: edges }, g.setting.id));
          expect([...g.oohCategories].sort()).toEqual(edges.map((e) => e.oohCategory).sort());
          expect(g.categories.map((x) => x.sharePct).sort()).toEqual(
            edges.map((e) => e.sharePct).sort(),
          );
        }
        expect(got.flatMap((g) => g.oohCategories)).toHaveLength(c.settings.length);
      }
      const business = bySlug
        .get('medical-records-specialists')
        ?.find((g) => g.setting.id === 'business-and-administrative-services');
      expect(business).toMatchObject({
        sharePct: 16,
        scope: 'OCCUPATION',
        oohCategories: [
          'Administrative and support services',
          'Management of companies and enterprises',
        ],
      });
    });
  });
});

interface GroupedSetting {
  setting: { id: string };
  sharePct: number | null;
  scope: string;
  oohCategories: string[];
  categories: Array<{ oohCategory: string; sharePct: number | null; source: string }>;
}
