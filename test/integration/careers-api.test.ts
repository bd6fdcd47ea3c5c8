import { useSeededGraphQL } from '../helpers/graphql';

/** The first question, end to end: the seeded graph read through the real schema and driver. */
describe('careers API over the seeded graph', () => {
  const gql = useSeededGraphQL();

  const NO_LICENSE = /* GraphQL */ `
    {
      careers(filter: { licensure: [NOT_REQUIRED] }, first: 50) {
        totalCount
        edges {
          node {
            slug
            title
            settings {
              sharePct
              setting {
                name
              }
            }
            credentials {
              role
              credential {
                name
              }
            }
            traits {
              name
            }
          }
        }
      }
    }
  `;

  interface NoLicense {
    careers: {
      totalCount: number;
      edges: Array<{
        node: {
          slug: string;
          title: string;
          settings: Array<{ sharePct: number | null; setting: { name: string } }>;
          credentials: Array<{ role: string; credential: { name: string } }>;
          traits: Array<{ name: string }>;
        };
      }>;
    };
  }

  it('when asked for careers without licensure, then medical records specialists come with settings, credentials and traits, and registered nurses do not', async () => {
    const { data, errors } = await gql.run<NoLicense>(NO_LICENSE);
    expect(errors).toBeUndefined();
    const nodes = data!.careers.edges.map((e) => e.node);
    expect(data!.careers.totalCount).toBe(nodes.length);
    const slugs = nodes.map((n) => n.slug);
    expect(slugs).toContain('medical-records-specialists');
    expect(slugs).not.toContain('registered-nurses');
    const mrs = nodes.find((n) => n.slug === 'medical-records-specialists')!;
    expect(mrs.title).toBe('Medical Records Specialists');
    expect(mrs.settings[0]).toEqual({ sharePct: 28, setting: { name: 'Hospitals' } });
    expect(mrs.settings.map((s) => s.setting.name)).toEqual(
      expect.arrayContaining(['Hospitals', 'Government']),
    );
    expect(mrs.credentials.map((c) => c.credential.name)).toEqual(
      expect.arrayContaining([
        'Registered Health Information Technician',
        'Certified Professional Coder',
      ]),
    );
    expect(mrs.traits.length).toBeGreaterThan(0);
  });

  it('when a career is asked by slug, then its BLS figures and sources come back', async () => {
    const { data, errors } = await gql.run<{ career: Record<string, unknown> }>(/* GraphQL */ `
      {
        career(slug: "medical-records-specialists") {
          slug
          socCodes
          medianPay {
            annual
            hourly
            isLowerBound
          }
          entryEducation {
            code
            name
            rank
          }
          jobs2024
          projectedGrowthPct
          annualOpenings
          licensure
          sources {
            url
            title
          }
        }
      }
    `);
    expect(errors).toBeUndefined();
    expect(data!.career).toMatchObject({
      slug: 'medical-records-specialists',
      socCodes: ['29-2072'],
      medianPay: { annual: 50250, hourly: 24.16, isLowerBound: false },
      entryEducation: { code: 'POSTSECONDARY_NONDEGREE_AWARD', rank: 2 },
      jobs2024: 194800,
      projectedGrowthPct: 7,
      annualOpenings: 14200,
      licensure: 'NOT_REQUIRED',
    });
    const urls = (data!.career.sources as Array<{ url: string }>).map((s) => s.url);
    expect(urls).toContain(
      'https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm',
    );
  });

  it('when physicians are asked, then their top-coded pay is a lower bound, not a value', async () => {
    const { data } = await gql.run<{ career: { medianPay: Record<string, unknown> } }>(
      `{ career(slug: "physicians-and-surgeons") { medianPay { annual isLowerBound } } }`,
    );
    expect(data!.career.medianPay).toEqual({ annual: 239200, isLowerBound: true });
  });

  it('when the slug does not exist, then career is null without an error', async () => {
    const { data, errors } = await gql.run(`{ career(slug: "astronaut") { slug } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ career: null });
  });
});
