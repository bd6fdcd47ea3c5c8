import { useSeededGraphQL } from '../helpers/graphql';
import { career, seeds } from '../helpers/seed-oracle';
import { recordQueries } from '../helpers/test-db';

/**
 * Career.evidence over the seeded graph: the phrase of the OOH page behind each fact, read back
 * from the Career node exactly as the seeds give it, with the page as its source.
 */
interface Evidence {
  fact: string;
  phrase: string;
  source: string;
}

describe('Career.evidence', () => {
  const gql = useSeededGraphQL();

  it("when medical records specialists' evidence is asked, then their pay comes with the page's phrase and URL", async () => {
    const slug = 'medical-records-specialists';
    const seed = career(slug);
    const { result, queries } = await recordQueries(gql.runner, () =>
      gql.run<{ career: { oohUrl: string; evidence: Evidence[] } }>(
        `query ($slug: ID!) { career(slug: $slug) { oohUrl evidence { fact phrase source } } }`,
        { slug },
      ),
    );
    expect(result.errors).toBeUndefined();
    const { evidence, oohUrl } = result.data!.career;
    const pay = evidence.find((e) => e.fact === 'MEDIAN_PAY');
    expect(pay).toEqual({
      fact: 'MEDIAN_PAY',
      phrase: expect.stringContaining(`$${seed.pay!.medianAnnual!.toLocaleString('en-US')}`),
      source: seed.source,
    });
    expect(oohUrl).toBe(seed.source);
    expect(evidence).toEqual(seed.evidence);
    // Read with the career itself: no statement of its own.
    expect(queries).toHaveLength(1);
  });

  it('when a page of every career asks for evidence, then each equals its seed, with no extra statement', async () => {
    const { result, queries } = await recordQueries(gql.runner, () =>
      gql.run<{ careers: { edges: Array<{ node: { slug: string; evidence: Evidence[] } }> } }>(
        `{ careers(first: 100) { edges { node { slug evidence { fact phrase source } } } } }`,
      ),
    );
    expect(result.errors).toBeUndefined();
    const got = Object.fromEntries(
      result.data!.careers.edges.map(({ node }) => [node.slug, node.evidence]),
    );
    const expected = Object.fromEntries(seeds().careers.map((c) => [c.slug, c.evidence]));
    expect(got).toEqual(expected);
    expect(queries.map((q) => q.name)).toEqual(['api/careers-page']);
  });

  it("when similar occupations are asked for their evidence, then each has its own page's phrases", async () => {
    const slug = 'nurse-practitioners';
    const result = await gql.run<{
      career: { similarOccupations: Array<{ slug: string; evidence: Evidence[] }> };
    }>(
      `query ($slug: ID!) { career(slug: $slug) { similarOccupations { slug evidence { fact phrase source } } } }`,
      { slug },
    );
    expect(result.errors).toBeUndefined();
    const similar = result.data!.career.similarOccupations;
    expect(similar.length).toBeGreaterThan(0);
    for (const s of similar)
      expect([s.slug, s.evidence]).toEqual([s.slug, career(s.slug).evidence]);
  });

  it('when an analyst reads a Career node, then each phrase sits beside its figure', async () => {
    const seed = career('nurse-practitioners');
    const rows = await gql.runner.read(
      {
        name: 'test/evidence-properties',
        text: `MATCH (c:Career {slug: $slug})
               RETURN c.medianPayAnnual AS pay, c.medianPayPhrase AS payPhrase,
                      c.jobs2024 AS jobs, c.jobs2024Phrase AS jobsPhrase`,
      },
      { slug: seed.slug },
    );
    const phrase = (fact: string): string | undefined =>
      seed.evidence.find((e) => e.fact === fact)?.phrase;
    expect(rows).toEqual([
      {
        pay: seed.pay?.medianAnnual,
        payPhrase: phrase('MEDIAN_PAY'),
        jobs: seed.outlook?.jobs2024,
        jobsPhrase: phrase('JOBS_2024'),
      },
    ]);
  });
});
