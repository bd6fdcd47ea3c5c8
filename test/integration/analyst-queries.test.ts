import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { resolveParams } from '../../src/cli/params';
import { toDriverParams } from '../../src/db/driver-params';
import { resolveQueryArgument } from '../../src/cli/query-argument';
import { listSavedQueries } from '../../src/cli/saved-queries';
import type { Params, Row } from '../../src/db/query-runner';
import { NATIONAL_GROWTH_PCT } from '../../src/api/career/national-average';
import { REPO_ROOT } from '../../src/paths';
import { careerSourceUrls } from '../../src/seed/load-seeds';
import { byCodeUnit, career, seeds as readSeeds, shareIn } from '../helpers/seed-oracle';
import { createTestRunner, type TestDb } from '../helpers/test-db';
import { parseCsv } from '../helpers/parse-csv';

/**
 * The analysts' saved queries against the seeded graph. Expected values are computed from the
 * seed files, so the tests follow the data rather than pinning today's figures.
 */
const SAVED = listSavedQueries();
const CLI = path.join(REPO_ROOT, 'dist', 'src', 'cli', 'cypher-cli.js');
const seeds = readSeeds();

let db: TestDb;

beforeAll(async () => {
  db = await createTestRunner();
});
afterAll(() => db.close());

/** Runs a saved query the way the CLI does: its defaults, overridden by `given`. */
async function runSaved(name: string, given: Params = {}): Promise<Row[]> {
  const query = resolveQueryArgument(name);
  const { params } = resolveParams(query.text, query.defaults, given);
  return db.runner.read({ name: query.name, text: query.text }, toDriverParams(params));
}

function isSimpleValue(value: unknown): boolean {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string');
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

describe('every saved query in cypher/queries', () => {
  it.each(SAVED.map((q) => [q.name, q] as const))(
    '%s is read-only, runs with its defaults and returns its documented columns in one order',
    async (name, saved) => {
      const query = resolveQueryArgument(name);
      const { params } = resolveParams(query.text, query.defaults, {});
      const cypher = { name, text: query.text };
      expect(await db.runner.queryType(cypher, toDriverParams(params))).toBe('r');

      const rows = await runSaved(name);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(Object.keys(row)).toEqual(saved.header.columns.map((c) => c.name));
        for (const value of Object.values(row)) expect(isSimpleValue(value)).toBe(true);
      }
      // Deterministic: the same rows in the same order on a second run.
      expect(await runSaved(name)).toEqual(rows);
    },
  );
});

describe('what the saved queries answer', () => {
  it('careers-without-licensure: exactly the careers whose licensure is NOT_REQUIRED', async () => {
    const rows = await runSaved('careers-without-licensure');
    const titles = rows.map((r) => r.career);
    expect(titles).toContain('Medical Records Specialists');
    expect(titles).not.toContain('Registered Nurses');
    const expected = seeds.careers.filter((c) => c.licensure.status === 'NOT_REQUIRED');
    expect(rows.map((r) => r.slug)).toEqual(
      expected
        .sort((a, b) => byCodeUnit(a.title, b.title) || byCodeUnit(a.slug, b.slug))
        .map((c) => c.slug),
    );
  });

  it.each(['POSTSECONDARY_NONDEGREE_AWARD', 'ASSOCIATES_DEGREE'])(
    'careers-you-can-start-with-a-certificate: entry education at most %s, lowest first',
    async (maxEducation) => {
      const rank = new Map<string, number>(seeds.educationLevels.map((e) => [e.code, e.rank]));
      const cap = rank.get(maxEducation) ?? -1;
      const rows = await runSaved('careers-you-can-start-with-a-certificate', { maxEducation });
      const expected = seeds.careers
        .filter((c) => (rank.get(c.entryEducation.code) ?? 99) <= cap)
        .map((c) => c.slug);
      expect(rows.map((r) => r.slug).sort()).toEqual(expected.sort());
      const ranks = rows.map((r) => r.educationRank as number);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(Math.max(...ranks)).toBeLessThanOrEqual(cap);
    },
  );

  it('who-works-in-a-setting: nursing facilities list nursing assistants with their share', async () => {
    const setting = 'nursing-and-residential-care-facilities';
    const rows = await runSaved('who-works-in-a-setting', { setting });
    const expected = seeds.careers.filter((c) => c.settings.some((s) => s.settingId === setting));
    expect(rows.map((r) => r.slug).sort()).toEqual(expected.map((c) => c.slug).sort());
    const assistants = rows.find((r) => r.slug === 'nursing-assistants');
    expect(assistants?.sharePct).toBe(shareIn(career('nursing-assistants'), setting));
    expect(assistants?.sharePct).not.toBeNull();
    for (const row of rows) {
      expect(row.sharePct).toBe(shareIn(career(row.slug as string), setting));
    }
    const shares = rows.map((r) => (r.sharePct as number | null) ?? -1);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
  });

  it('certifications-for-a-career: medical records specialists hold RHIT, issued by AHIMA', async () => {
    const rows = await runSaved('certifications-for-a-career');
    const rhit = rows.find((r) => r.acronym === 'RHIT');
    expect(rhit).toMatchObject({ kind: 'CERTIFICATION', issuerAcronym: 'AHIMA' });
    const kinds = new Map(seeds.credentials.map((c) => [c.id, c.kind]));
    const expected = career('medical-records-specialists').credentials.filter(
      (c) => kinds.get(c.credentialId) === 'CERTIFICATION',
    );
    expect(rows).toHaveLength(expected.length);
  });

  it('certifications-for-a-career: --param kinds widens it to licenses', async () => {
    const rows = await runSaved('certifications-for-a-career', {
      slug: 'registered-nurses',
      kinds: ['CERTIFICATION', 'LICENSE', 'LICENSING_EXAM'],
    });
    expect(rows).toHaveLength(career('registered-nurses').credentials.length);
  });

  it('job-share-by-setting: one row per setting, shares summed over OOH categories', async () => {
    const c = career('medical-records-specialists');
    const rows = await runSaved('job-share-by-setting', { slug: c.slug });
    const settingIds = [...new Set(c.settings.map((s) => s.settingId))];
    expect(rows.map((r) => r.settingId).sort()).toEqual(settingIds.sort());
    for (const row of rows) expect(row.sharePct).toBe(shareIn(c, row.settingId as string));
  });

  it("job-share-by-setting: a family's shares say FAMILY and are never turned into jobs", async () => {
    const c = career('nurse-practitioners');
    const rows = await runSaved('job-share-by-setting', { slug: c.slug });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatchObject({ scope: 'FAMILY', estimatedJobs: null });
      expect(row.sharePct).toBe(shareIn(c, row.settingId as string));
    }
    const own = await runSaved('job-share-by-setting', { slug: 'medical-records-specialists' });
    expect(own.every((r) => r.scope === 'OCCUPATION')).toBe(true);
    expect(own.some((r) => r.estimatedJobs !== null)).toBe(true);
  });

  it('credential-ladders: every advancement step, with the credentials it names', async () => {
    const rows = await runSaved('credential-ladders');
    const steps = seeds.careers.flatMap((c) => c.advancesTo.map((a) => ({ from: c, step: a })));
    expect(rows).toHaveLength(steps.length);
    const credentials = new Map(seeds.credentials.map((c) => [c.id, c.acronym ?? c.name]));
    for (const { from, step } of steps) {
      const row = rows.find(
        (r) => r.fromCareer === from.title && r.toCareer === career(step.slug).title,
      );
      expect(row?.stepCredentials).toEqual(
        step.credentialIds.map((id) => credentials.get(id) ?? id).sort(byCodeUnit),
      );
    }
  });

  it.each(['careers-growing-faster-than-average', 'pay-vs-growth-quadrant'])(
    '%s compares with the national average the API uses, by default',
    (name) => {
      expect(resolveQueryArgument(name).defaults.nationalGrowthPct).toBe(NATIONAL_GROWTH_PCT);
    },
  );

  it.each([NATIONAL_GROWTH_PCT, 10])(
    'careers-growing-faster-than-average: growth above %s, never at or below it',
    async (nationalGrowthPct) => {
      const rows = await runSaved('careers-growing-faster-than-average', { nationalGrowthPct });
      for (const row of rows) expect(row.growthPct as number).toBeGreaterThan(nationalGrowthPct);
      const expected = seeds.careers.filter(
        (c) => c.outlook?.growthPct != null && c.outlook.growthPct > nationalGrowthPct,
      );
      expect(rows.map((r) => r.slug).sort()).toEqual(expected.map((c) => c.slug).sort());
    },
  );

  it('similar-careers-by-shared-traits: Jaccard similarity of trait sets, best first', async () => {
    const me = career('medical-records-specialists');
    const mine = new Set(me.traits.map((t) => t.traitId));
    const expected = seeds.careers
      .filter((c) => c.slug !== me.slug)
      .map((c) => {
        const theirs = new Set(c.traits.map((t) => t.traitId));
        const shared = [...theirs].filter((t) => mine.has(t)).length;
        const score = Math.round((shared / (mine.size + theirs.size - shared)) * 1000) / 1000;
        return { c, shared, score };
      })
      .filter((x) => x.shared > 0)
      .sort(
        (a, b) =>
          b.score - a.score ||
          b.shared - a.shared ||
          byCodeUnit(a.c.title, b.c.title) ||
          byCodeUnit(a.c.slug, b.c.slug),
      )
      .slice(0, 10);
    const rows = await runSaved('similar-careers-by-shared-traits');
    expect(rows.map((r) => r.slug)).toEqual(expected.map((x) => x.c.slug));
    expect(rows.map((r) => r.sharedTraitCount)).toEqual(expected.map((x) => x.shared));
  });

  it('pay-spread-by-entry-education: rows in education rank order, min and max from the seeds', async () => {
    const rows = await runSaved('pay-spread-by-entry-education');
    const ranks = rows.map((r) => r.rank as number);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const row of rows) {
      const pays = seeds.careers
        .filter((c) => c.entryEducation.code === row.code)
        .map((c) => c.pay?.medianAnnual)
        .filter((p): p is number => p != null);
      expect(row.minPay).toBe(Math.min(...pays));
      expect(row.maxPay).toBe(Math.max(...pays));
      expect(row.medianPay as number).toBeGreaterThanOrEqual(row.minPay as number);
      expect(row.medianPay as number).toBeLessThanOrEqual(row.maxPay as number);
    }
  });

  it('careers-reachable-in-two-steps: the careers one or two ADVANCES_TO steps away', async () => {
    const start = 'medical-records-specialists';
    const fewest = new Map<string, number>();
    for (const first of career(start).advancesTo) {
      fewest.set(first.slug, 1);
      for (const second of career(first.slug).advancesTo) {
        if (!fewest.has(second.slug)) fewest.set(second.slug, 2);
      }
    }
    fewest.delete(start);
    const rows = await runSaved('careers-reachable-in-two-steps', { slug: start });
    expect(Object.fromEntries(rows.map((r) => [r.slug, r.fewestSteps]))).toEqual(
      Object.fromEntries(fewest),
    );
    if (fewest.has('medical-and-health-services-managers')) {
      expect(rows.map((r) => r.slug)).toContain('medical-and-health-services-managers');
    }
  });

  it('pay-vs-growth-quadrant: each career in the quadrant its pay and growth put it in', async () => {
    const rows = await runSaved('pay-vs-growth-quadrant', { payThreshold: 60000 });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.payThreshold).toBe(60000);
      const pay = (row.medianPayAnnual as number) >= 60000 ? 'higher pay' : 'lower pay';
      const growth = (row.growthPct as number) > NATIONAL_GROWTH_PCT ? 'faster' : 'slower';
      expect(row.quadrant).toBe(`${pay}, ${growth} growth`);
    }
  });

  it('careers-by-annual-openings: largest first, led by the seeds’ largest', async () => {
    const rows = await runSaved('careers-by-annual-openings', { limit: 5 });
    expect(rows).toHaveLength(5);
    const openings = rows.map((r) => r.annualOpenings as number);
    expect(openings).toEqual([...openings].sort((a, b) => b - a));
    const most = Math.max(...seeds.careers.map((c) => c.outlook?.annualOpenings ?? -1));
    expect(openings[0]).toBe(most);
  });

  it('most-common-traits: counts of careers per trait, from the seeds', async () => {
    const rows = await runSaved('most-common-traits');
    for (const row of rows) {
      const count = seeds.careers.filter((c) => c.traits.some((t) => t.traitId === row.traitId));
      expect(row.careers).toBe(count.length);
    }
    const quality = await runSaved('most-common-traits', { kind: 'QUALITY' });
    expect(new Set(quality.map((r) => r.kind))).toEqual(new Set(['QUALITY']));
  });

  it('settings-by-number-of-careers: distinct careers per setting, most first', async () => {
    const rows = await runSaved('settings-by-number-of-careers');
    expect(rows).toHaveLength(seeds.settings.length);
    for (const row of rows) {
      const count = seeds.careers.filter((c) =>
        c.settings.some((s) => s.settingId === row.settingId),
      );
      expect(row.careers).toBe(count.length);
    }
    const counts = rows.map((r) => r.careers as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('sources-for-a-career: every source the career cites, each with the facts it backs', async () => {
    const c = career('medical-records-specialists');
    const rows = await runSaved('sources-for-a-career', { slug: c.slug });
    const urls = rows.map((r) => r.url);
    for (const url of careerSourceUrls(c)) expect(urls).toContain(url);
    for (const row of rows) expect((row.facts as string[]).length).toBe(row.factCount);
    const level = seeds.educationLevels.find((e) => e.code === c.entryEducation.code);
    const cited = rows.find((r) => r.url === c.entryEducation.source);
    expect(cited?.facts).toContain(`ENTRY_EDUCATION ${level?.name}`);
  });

  it('same-entry-education-higher-pay: same entry education, higher median pay', async () => {
    const me = career('medical-records-specialists');
    const myPay = me.pay?.medianAnnual ?? Infinity;
    const rows = await runSaved('same-entry-education-higher-pay', { slug: me.slug });
    const expected = seeds.careers.filter(
      (c) =>
        c.slug !== me.slug &&
        c.entryEducation.code === me.entryEducation.code &&
        (c.pay?.medianAnnual ?? -Infinity) > myPay,
    );
    expect(rows.map((r) => r.slug).sort()).toEqual(expected.map((c) => c.slug).sort());
    for (const row of rows) expect(row.payAbove).toBe((row.medianPayAnnual as number) - myPay);
  });

  it('pay-by-industry-for-a-career and careers-with-a-credential follow the seeds', async () => {
    const c = career('medical-records-specialists');
    const pay = await runSaved('pay-by-industry-for-a-career', { slug: c.slug });
    expect(pay.map((r) => r.industry).sort()).toEqual(
      c.payByIndustry.map((p) => p.industry).sort(),
    );
    const holders = await runSaved('careers-with-a-credential', { credential: 'rhit' });
    expect(holders.map((r) => r.slug).sort()).toEqual(
      seeds.careers
        .filter((x) => x.credentials.some((cr) => cr.credentialId === 'rhit'))
        .map((x) => x.slug)
        .sort(),
    );
  });
});

describe('npm run cypher (the built CLI, end to end)', () => {
  beforeAll(() => {
    // tsc emits even when someone else's file has a type error; only a missing CLI is fatal here.
    const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    if (!existsSync(CLI)) throw new Error(`build did not produce ${CLI}:\n${build.stdout}`);
  }, 120_000);

  function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const run = spawnSync('node', [CLI, ...args], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: process.env.NEO4J_URI },
      timeout: 60_000,
    });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  async function countNodes(): Promise<number> {
    const [row] = await db.runner.read({ name: 'count', text: 'MATCH (n) RETURN count(n) AS n' });
    return row?.n as number;
  }

  it('prints a saved query as a table with its header and a known row', () => {
    const setting = 'nursing-and-residential-care-facilities';
    const share = shareIn(career('nursing-assistants'), setting);
    const { status, stdout } = cli('who-works-in-a-setting', '--param', `setting=${setting}`);
    expect(status).toBe(0);
    expect(stdout).toMatch(/│ career\s+│ slug\s+│ sharePct │ estimatedJobs │ oohCategories/);
    const row = stdout.split('\n').find((line) => line.includes('│ Nursing Assistants '));
    expect(row).toMatch(new RegExp(`│\\s+${share} │`));
    expect(stdout).toMatch(/\(\d+ rows\)\n$/);
  });

  it('prints CSV and JSON that parse to the same rows', () => {
    const json = cli('careers-by-annual-openings', '--param', 'limit=5', '--format', 'json');
    expect(json.status).toBe(0);
    const rows = JSON.parse(json.stdout) as Row[];
    expect(rows).toHaveLength(5);

    const csv = cli('careers-by-annual-openings', '-p', 'limit=5', '-f', 'csv');
    expect(csv.status).toBe(0);
    const [header, ...records] = parseCsv(csv.stdout, '\n');
    expect(header).toEqual(Object.keys(rows[0] ?? {}));
    expect(records).toEqual(
      rows.map((r) => Object.values(r).map((v) => (v === null ? '' : String(v)))),
    );
  });

  it('lists the saved queries with their questions', () => {
    const { status, stdout } = cli('--list');
    expect(status).toBe(0);
    for (const q of SAVED) expect(stdout).toContain(`${q.name} `);
    expect(stdout).toContain('Which careers need no license to practice?');
  });

  it('refuses an inline write with exit code 2 and leaves the graph unchanged', async () => {
    const before = await countNodes();
    const { status, stdout, stderr } = cli('CREATE (n:Thing) RETURN n');
    expect(status).toBe(2);
    expect(stderr).toContain('this query writes (type rw); re-run with --write if you mean it');
    expect(stdout).toBe('');
    expect(await countNodes()).toBe(before);
  });

  it('with --write, runs a write and prints its counters', async () => {
    const before = await countNodes();
    // Creates and deletes in one statement, so the shared graph ends as it began.
    const { status, stdout } = cli('CREATE (n:CliWriteProbe) DELETE n RETURN 1 AS done', '--write');
    expect(status).toBe(0);
    expect(stdout).toContain('changes: nodesCreated 1, nodesDeleted 1');
    expect(await countNodes()).toBe(before);
  });

  it('when the name is unknown, then it fails with close matches', () => {
    const { status, stderr } = cli('careers-without-licence');
    expect(status).toBe(1);
    expect(stderr).toContain('no saved query named "careers-without-licence"');
    expect(stderr).toContain('Did you mean: careers-without-licensure?');
  });

  it("when the Cypher is wrong, then it shows the database's message without a stack", () => {
    const { status, stderr } = cli('MATCH (c:Career RETURN c');
    expect(status).toBe(1);
    expect(stderr).toContain('Neo.ClientError.Statement.SyntaxError');
    expect(stderr).toContain('Invalid input');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('when a parameter is missing, then it names it', () => {
    const { status, stderr } = cli('MATCH (c:Career {slug: $slug}) RETURN c.title');
    expect(status).toBe(1);
    expect(stderr).toContain('missing parameter $slug: pass --param slug=VALUE');
  });
});
