import { resolveParams } from '../../src/cli/params';
import { toDriverParams } from '../../src/db/driver-params';
import { resolveQueryArgument } from '../../src/cli/query-argument';
import { listSavedQueries } from '../../src/cli/saved-queries';
import type { Params, Row } from '../../src/db/query-runner';
import { APOC_ALLOWLIST } from '../../src/local-neo4j/local-neo4j';
import { SEEDS_DIR } from '../../src/paths';
import type { CareerSeed } from '../../src/seed/seed.schema';
import { readSeeds, type SeedSet } from '../../src/seed/seed-files';
import { createTestRunner, type TestDb } from '../helpers/test-db';

/**
 * APOC in the local Neo4j: the plugin answers, only the allow-listed procedures and functions
 * exist, and the saved analyst queries that use it give the answers the seed files imply.
 */
let db: TestDb;
let seeds: SeedSet;
let careers: Map<string, CareerSeed>;

beforeAll(async () => {
  db = await createTestRunner();
  seeds = readSeeds(SEEDS_DIR);
  careers = new Map(seeds.careers.map((c) => [c.slug, c]));
});
afterAll(() => db.close());

async function runSaved(name: string, given: Params = {}): Promise<Row[]> {
  const query = resolveQueryArgument(name);
  const { params } = resolveParams(query.text, query.defaults, given);
  return db.runner.read({ name: query.name, text: query.text }, toDriverParams(params));
}

function career(slug: string): CareerSeed {
  const c = careers.get(slug);
  if (!c) throw new Error(`no seed for ${slug}`);
  return c;
}

const sorted = (values: Iterable<string>): string[] =>
  [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('APOC in the local Neo4j', () => {
  it('answers apoc.version() with a 5.26 release', async () => {
    const [row] = await db.runner.read({
      name: 'apoc-version',
      text: 'RETURN apoc.version() AS v',
    });
    expect(row?.v).toMatch(/^5\.26\.\d+$/);
  });

  it('loads no APOC function outside the allow-list', async () => {
    await expect(
      db.runner.read({ name: 'not-allowed', text: "RETURN apoc.text.capitalize('x') AS v" }),
    ).rejects.toThrow(/apoc\.text\.capitalize/);
  });

  it('allow-lists exactly the APOC names the saved queries use, and apoc.version, never a wildcard', () => {
    const used = new Set<string>();
    for (const q of listSavedQueries()) {
      for (const m of q.text.matchAll(/\bapoc(?:\.[A-Za-z]+)+(?=\s*\()/g)) used.add(m[0]);
    }
    expect(sorted(APOC_ALLOWLIST)).toEqual(sorted([...used, 'apoc.version']));
    expect(APOC_ALLOWLIST.join(',')).not.toContain('*');
  });
});

describe('saved queries that use APOC', () => {
  it('career-neighbourhood-within-two-steps reaches the careers two steps away and the settings and credentials one step away', async () => {
    const slug = 'licensed-practical-and-licensed-vocational-nurses';
    const rows = await runSaved('career-neighbourhood-within-two-steps', { slug });
    const byKind = new Map(rows.map((r) => [r.kind as string, r.names as string[]]));

    const oneStep = [
      career(slug),
      ...[...career(slug).advancesTo, ...career(slug).similarTo]
        .map((n) => careers.get(n.slug))
        .filter((c): c is CareerSeed => c !== undefined),
    ];
    const twoSteps = new Set(oneStep.map((c) => c.slug));
    for (const c of oneStep)
      for (const n of [...c.advancesTo, ...c.similarTo]) twoSteps.add(n.slug);

    const settingName = new Map(seeds.settings.map((s) => [s.id, s.name]));
    const credentialName = new Map(seeds.credentials.map((c) => [c.id, c.name]));
    expect(byKind.get('Career')).toEqual(sorted([...twoSteps].map((s) => career(s).title)));
    expect(byKind.get('Setting')).toEqual(
      sorted(oneStep.flatMap((c) => c.settings.map((s) => settingName.get(s.settingId) ?? '?'))),
    );
    expect(byKind.get('Credential')).toEqual(
      sorted(
        oneStep.flatMap((c) => c.credentials.map((x) => credentialName.get(x.credentialId) ?? '?')),
      ),
    );
    for (const r of rows) expect(r.count).toBe((r.names as string[]).length);
  });

  it('career-neighbourhood-as-json exports the career, its settings, credentials, traits and next steps as JSON', async () => {
    const slug = 'medical-records-specialists';
    const [row, ...more] = await runSaved('career-neighbourhood-as-json', { slug });
    expect(more).toHaveLength(0);
    expect(row?.slug).toBe(slug);
    const doc = JSON.parse(row?.json as string) as {
      career: string;
      slug: string;
      settings: { setting: string; sharePct: number | null; oohCategory: string }[];
      credentials: { credential: string; role: string }[];
      traits: string[];
      advancesTo: string[];
    };
    const c = career(slug);
    const traitName = new Map(seeds.traits.map((t) => [t.id, t.name]));
    const settingName = new Map(seeds.settings.map((s) => [s.id, s.name]));
    const credentialName = new Map(seeds.credentials.map((x) => [x.id, x.name]));
    expect(doc.career).toBe(c.title);
    expect(doc.traits).toEqual(sorted(c.traits.map((t) => traitName.get(t.traitId) ?? '?')));
    expect(doc.advancesTo).toEqual(sorted(c.advancesTo.map((a) => career(a.slug).title)));
    expect(sorted(doc.settings.map((s) => s.oohCategory))).toEqual(
      sorted(c.settings.map((s) => s.oohCategory)),
    );
    expect(sorted(doc.settings.map((s) => s.setting))).toEqual(
      sorted(c.settings.map((s) => settingName.get(s.settingId) ?? '?')),
    );
    expect(sorted(doc.credentials.map((x) => `${x.credential}|${x.role}`))).toEqual(
      sorted(c.credentials.map((x) => `${credentialName.get(x.credentialId) ?? '?'}|${x.role}`)),
    );
  });

  it('careers-with-titles-like-a-phrase finds nurse practitioners from a misspelt phrase', async () => {
    const rows = await runSaved('careers-with-titles-like-a-phrase', {
      phrase: 'nurse practioner',
      limit: 3,
    });
    expect(rows).toHaveLength(3);
    expect(rows[0]?.slug).toBe('nurse-practitioners');
    const similarities = rows.map((r) => r.similarity as number);
    expect([...similarities].sort((a, b) => b - a)).toEqual(similarities);
    expect(similarities[0]).toBeGreaterThan(0.8);
  });

  it('careers-with-titles-like-a-phrase scores an exact title (any case or punctuation) as 1', async () => {
    const c = career('physician-assistants');
    const [row] = await runSaved('careers-with-titles-like-a-phrase', {
      phrase: `  ${c.title.toUpperCase()}!! `,
      limit: 1,
    });
    expect(row).toEqual({ career: c.title, slug: c.slug, similarity: 1 });
  });
});
