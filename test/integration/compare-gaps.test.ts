import { useSeededGraphQL } from '../helpers/graphql';
import { career, educationRank, seeds } from '../helpers/seed-oracle';
import type { CareerSeed } from '../../src/seed/seed.schema';

/**
 * compare(slugs:) { gaps } against the seeded graph: each gap is derived here from seeds/ alone
 * (set differences over the seeded ids), and a few are pinned to what the OOH pages state.
 */
interface Gap {
  career: { slug: string };
  comparedWith: { slug: string };
  education: { code: string; name: string } | null;
  license: boolean;
  credentials: Array<{ id: string }>;
  traits: Array<{ id: string }>;
}

const GAPS = /* GraphQL */ `
  query Gaps($slugs: [ID!]!) {
    compare(slugs: $slugs) {
      careers {
        slug
      }
      gaps {
        career {
          slug
        }
        comparedWith {
          slug
        }
        education {
          code
          name
        }
        license
        credentials {
          id
        }
        traits {
          id
        }
      }
    }
  }
`;

const ASKED = new Set(['REQUIRED', 'REQUIRED_IN_SOME_STATES', 'PREFERRED']);

/** The licence credentials a seeded career requires everywhere. */
function licences(c: CareerSeed): Set<string> {
  const kinds = new Map(seeds().credentials.map((x) => [x.id, x.kind]));
  return new Set(
    c.credentials
      .filter((x) => x.role === 'REQUIRED' && kinds.get(x.credentialId) === 'LICENSE')
      .map((x) => x.credentialId),
  );
}

/** The gap of a over b, from the seeds. */
function expectedGap(a: CareerSeed, b: CareerSeed) {
  const listedByB = new Set(b.credentials.map((x) => x.credentialId));
  const traitsOfB = new Set(b.traits.map((t) => t.traitId));
  const bLicences = licences(b);
  return {
    career: a.slug,
    comparedWith: b.slug,
    education: educationRank(a) > educationRank(b) ? a.entryEducation.code : null,
    license:
      (a.licensure.status === 'REQUIRED' && b.licensure.status !== 'REQUIRED') ||
      [...licences(a)].some((id) => !bLicences.has(id)),
    credentials: [
      ...new Set(
        a.credentials
          .filter((x) => ASKED.has(x.role) && !listedByB.has(x.credentialId))
          .map((x) => x.credentialId),
      ),
    ].sort(),
    traits: a.traits
      .map((t) => t.traitId)
      .filter((id) => !traitsOfB.has(id))
      .sort(),
  };
}

describe('compare(slugs:) { gaps }', () => {
  const gql = useSeededGraphQL();

  async function gaps(slugs: string[]): Promise<Gap[]> {
    const { data, errors } = await gql.run<{ compare: { gaps: Gap[] } }>(GAPS, { slugs });
    expect(errors).toBeUndefined();
    return data!.compare.gaps;
  }

  const asSeeds = (g: Gap) => ({
    career: g.career.slug,
    comparedWith: g.comparedWith.slug,
    education: g.education?.code ?? null,
    license: g.license,
    credentials: g.credentials.map((c) => c.id).sort(),
    traits: g.traits.map((t) => t.id).sort(),
  });

  it('when medical records specialists are compared with health services managers, then the manager asks a bachelor’s degree, and the specialist its preferred certifications', async () => {
    const records = career('medical-records-specialists');
    const manager = career('medical-and-health-services-managers');
    const got = await gaps([records.slug, manager.slug]);
    expect(got.map(asSeeds)).toEqual([
      expectedGap(records, manager),
      expectedGap(manager, records),
    ]);
    const [recordsOverManager, managerOverRecords] = got;
    // The OOH: managers typically enter with a bachelor's degree; specialists with a
    // postsecondary nondegree award, so the specialist asks no education of the manager.
    expect(managerOverRecords!.education).toEqual({
      code: 'BACHELORS_DEGREE',
      name: seeds().educationLevels.find((l) => l.code === 'BACHELORS_DEGREE')!.name,
    });
    expect(recordsOverManager!.education).toBeNull();
    // Neither needs a licence everywhere: the OOH says no licence for specialists, and managers'
    // licensure varies by state.
    expect(got.map((g) => g.license)).toEqual([false, false]);
    expect(recordsOverManager!.credentials.map((c) => c.id)).toContain('rhit');
    expect(managerOverRecords!.credentials).toEqual([]);
  });

  it('when registered nurses are compared with licensed practical nurses, then each asks a licence the other does not need, and the registered nurse more education', async () => {
    const rn = career('registered-nurses');
    const lpn = career('licensed-practical-and-licensed-vocational-nurses');
    const got = await gaps([rn.slug, lpn.slug]);
    expect(got.map(asSeeds)).toEqual([expectedGap(rn, lpn), expectedGap(lpn, rn)]);
    expect(got.map((g) => g.license)).toEqual([true, true]);
    expect(got[0]!.education?.code).toBe(rn.entryEducation.code);
    expect(got[1]!.education).toBeNull();
  });

  it('when three careers are compared, then there is one gap per ordered pair, in the order asked, each as the seeds give it', async () => {
    const slugs = [
      'registered-nurses',
      'medical-records-specialists',
      'medical-and-health-services-managers',
    ];
    const got = await gaps(slugs);
    const want = slugs.flatMap((a) =>
      slugs.filter((b) => b !== a).map((b) => expectedGap(career(a), career(b))),
    );
    expect(got.map(asSeeds)).toEqual(want);
    expect(got).toHaveLength(6);
  });
});
