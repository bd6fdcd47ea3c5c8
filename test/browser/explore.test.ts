import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import express from 'express';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/paths';
import {
  BUNDLE_MISSING_MESSAGE,
  CONTENT_SECURITY_POLICY,
  WEB_DIST_DIR,
  mountWebApp,
} from '../../src/web/web-app';
import { postGraphQL } from '../helpers/http-graphql';
import { screenshot, useGuardedBrowser } from './harness';
import { parseCsv } from '../helpers/parse-csv';

/** The faceted careers page at /explore, driven in Chromium against the real API and Neo4j. */

const AXE_SOURCE = readFileSync(
  path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'),
  'utf8',
);
const DOC_IMAGES = path.join(REPO_ROOT, 'docs', 'images');
/** Issue 19's bar for the first load of /explore, gzip-compressed. */
const FIRST_LOAD_BUDGET_BYTES = 500_000;

interface ApiCareer {
  slug: string;
  title: string;
  medianPay: { annual: number | null } | null;
  projectedGrowthPct: number | null;
  licensure: string;
}

interface FacetCount {
  value: string;
  label: string;
  count: number;
}
type Facets = Record<
  'licensure' | 'entryEducation' | 'settings' | 'traits' | 'credentials',
  FacetCount[]
> & {
  total: number;
};

const CAREERS = `query ($filter: CareerFilter, $sort: [CareerSort!]) {
  careers(filter: $filter, sort: $sort, first: 100) {
    totalCount
    pageInfo { hasNextPage }
    edges { node { slug title medianPay { annual } projectedGrowthPct licensure } }
  }
}`;

const FACETS = `query ($filter: CareerFilter) {
  careerFacets(filter: $filter) {
    total
    licensure { value label count }
    entryEducation { value label count }
    settings { value label count }
    traits { value label count }
    credentials { value label count }
  }
}`;

describe('faceted careers page at /explore', () => {
  const b = useGuardedBrowser();
  let pageErrors: string[];

  beforeEach(() => {
    pageErrors = [];
    b.page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
    expect(b.network.foreign).toEqual([]);
  });

  async function apiCareers(
    filter: Record<string, unknown> | null,
    sort: { field: string; direction: string }[] = [{ field: 'TITLE', direction: 'ASC' }],
  ): Promise<ApiCareer[]> {
    const answer = await postGraphQL(b.server.url, CAREERS, { filter, sort });
    expect(answer.json.errors).toBeUndefined();
    const careers = answer.json.data?.careers as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean };
      edges: { node: ApiCareer }[];
    };
    // The seeded graph fits one page; a second page would need the cursor here too.
    expect(careers.pageInfo.hasNextPage).toBe(false);
    return careers.edges.map((e) => e.node);
  }

  async function apiFacets(filter: Record<string, unknown> | null): Promise<Facets> {
    const answer = await postGraphQL(b.server.url, FACETS, { filter });
    expect(answer.json.errors).toBeUndefined();
    return answer.json.data?.careerFacets as Facets;
  }

  /** Waits for the page to finish its latest load, and fails on an error box. */
  async function ready(page: Page): Promise<void> {
    await page.waitForFunction(() => {
      const main = document.getElementById('explore-main');
      return main?.dataset.state === 'ready' && !main.querySelector('[aria-busy="true"]');
    });
    expect(await page.locator('#explore-errors').innerText()).toBe('');
  }

  async function open(path: string): Promise<void> {
    await b.page.goto(`${b.server.url}${path}`);
    await ready(b.page);
  }

  const tableSlugs = (page: Page): Promise<string[]> =>
    page.$$eval('#careers-table tbody tr', (rows) =>
      rows.map((r) => (r as HTMLElement).dataset.slug ?? ''),
    );

  /** The count each choice of a checkbox facet shows, by value. */
  const shownCounts = (page: Page, name: string): Promise<Record<string, number>> =>
    page.$$eval(`input[name="${name}"]`, (inputs) =>
      Object.fromEntries(
        inputs.map((i) => [
          (i as HTMLInputElement).value,
          Number((i.closest('label') as HTMLElement).dataset.count),
        ]),
      ),
    );

  /** The facet's counts as the page should show them: the API's, with 0 for omitted choices. */
  function expectedCounts(facet: FacetCount[], shownValues: string[]): Record<string, number> {
    const byValue = new Map(facet.map((f) => [f.value, f.count]));
    return Object.fromEntries(shownValues.map((v) => [v, byValue.get(v) ?? 0]));
  }

  async function expectCountsMatchApi(filter: Record<string, unknown> | null): Promise<Facets> {
    const facets = await apiFacets(filter);
    for (const [name, facet] of [
      ['licensure', facets.licensure],
      ['worksIn.any', facets.settings],
      ['traits.all', facets.traits],
      ['credentials.any', facets.credentials],
    ] as const) {
      const shown = await shownCounts(b.page, name);
      expect(shown).toEqual(expectedCounts(facet, Object.keys(shown)));
    }
    const education = await b.page.$$eval(
      '#facet-education-at-most option[value]:not([value=""])',
      (options) =>
        Object.fromEntries(
          options.map((o) => [
            (o as HTMLOptionElement).value,
            Number((o as HTMLElement).dataset.count),
          ]),
        ),
    );
    expect(education).toEqual(expectedCounts(facets.entryEducation, Object.keys(education)));
    return facets;
  }

  it('when the explorer routes are fetched, then each serves the explorer page under the CSP, and a malformed slug is a 404', async () => {
    const explorer = readFileSync(path.join(WEB_DIST_DIR, 'explore.html'), 'utf8');
    for (const route of [
      '/explore',
      '/explore?licensure=NOT_REQUIRED',
      '/explore/career/medical-records-specialists',
      '/explore/compare?slugs=registered-nurses,medical-records-specialists',
    ]) {
      const response = await fetch(`${b.server.url}${route}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(explorer);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
    for (const bad of ['/explore/career/Not_A_Slug', '/explore/career/trailing-']) {
      const response = await fetch(`${b.server.url}${bad}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('NOT_FOUND');
    }
  });

  it('when opened with licensure=NOT_REQUIRED, then the table lists the careers the API filter gives, the counts are the API facets, and the scatter draws one point per career shown', async () => {
    const filter = { licensure: ['NOT_REQUIRED'] };
    const expected = await apiCareers(filter);
    expect(expected.length).toBeGreaterThan(0);
    await open('/explore?licensure=NOT_REQUIRED');

    expect(await tableSlugs(b.page)).toEqual(expected.map((c) => c.slug));
    const licensureCells = await b.page.$$eval('#careers-table tbody tr td:last-child', (tds) =>
      tds.map((td) => td.textContent),
    );
    expect(new Set(licensureCells)).toEqual(new Set(['Not required']));
    expect(await b.page.locator('input[name="licensure"][value="NOT_REQUIRED"]').isChecked()).toBe(
      true,
    );
    await expectCountsMatchApi(filter);

    const placed = expected.filter(
      (c) => c.medianPay?.annual != null && c.projectedGrowthPct !== null,
    );
    const scatter = b.page.locator('figure[data-plot="pay-growth"]');
    expect(await scatter.locator('svg g.explore-dot-shown circle').count()).toBe(placed.length);
    expect(await scatter.getAttribute('data-shown-points')).toBe(String(placed.length));
    // Each drawn point links to its career's page; together they are the careers placed.
    const hrefs = await scatter
      .locator('svg g.explore-dot-shown a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(placed.map((c) => `/explore/career/${c.slug}`).sort());
    // The national average is drawn as a rule.
    expect(await scatter.locator('svg g.explore-national-rule line').count()).toBe(1);
    // Its table view holds the same careers.
    expect(await scatter.locator('details table tbody tr').count()).toBe(placed.length);
    // The other careers are drawn too, in grey.
    const all = await apiCareers(null);
    const placedAll = all.filter(
      (c) => c.medianPay?.annual != null && c.projectedGrowthPct !== null,
    );
    expect(await scatter.locator('svg g.explore-dot-other circle').count()).toBe(
      placedAll.length - placed.length,
    );
    await screenshot(b.page, 'explore-not-required');
  });

  it('when a facet is ticked, then the URL, the table and every count follow it', async () => {
    await open('/explore');
    const before = await expectCountsMatchApi(null);
    expect(await tableSlugs(b.page)).toEqual((await apiCareers(null)).map((c) => c.slug));

    await b.page.locator('input[name="licensure"][value="NOT_REQUIRED"]').check();
    await b.page.waitForURL(/\/explore\?licensure=NOT_REQUIRED$/);
    await ready(b.page);
    const filter = { licensure: ['NOT_REQUIRED'] };
    const after = await expectCountsMatchApi(filter);
    // Disjunctive: licensure's own counts stay; the other facets' narrow.
    expect(after.licensure).toEqual(before.licensure);
    expect(after.settings).not.toEqual(before.settings);
    expect(await tableSlugs(b.page)).toEqual((await apiCareers(filter)).map((c) => c.slug));

    // A second facet joins the first in the URL under its own readable name.
    await b.page.locator('#facet-education-at-most').selectOption('ASSOCIATES_DEGREE');
    await b.page.waitForURL(/entryEducation\.atMost=ASSOCIATES_DEGREE/);
    await ready(b.page);
    const both = { licensure: ['NOT_REQUIRED'], entryEducation: { atMost: 'ASSOCIATES_DEGREE' } };
    expect(new URL(b.page.url()).search).toBe(
      '?licensure=NOT_REQUIRED&entryEducation.atMost=ASSOCIATES_DEGREE',
    );
    await expectCountsMatchApi(both);
    expect(await tableSlugs(b.page)).toEqual((await apiCareers(both)).map((c) => c.slug));
  });

  it('when the pay, growth, settings and words facets are set through the URL, then the table is the API filter of those fields', async () => {
    const all = await apiCareers(null);
    // A setting and a word that some careers have, from the graph itself.
    const facets = await apiFacets(null);
    const setting = facets.settings[0];
    if (!setting) throw new Error('no setting in the facets');
    const filter = {
      worksIn: { any: [setting.value], minSharePct: 10 },
      medianPay: { min: 40000 },
      projectedGrowthPct: { min: 0 },
    };
    const expected = await apiCareers(filter);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    await open(
      `/explore?worksIn.any=${setting.value}&worksIn.minSharePct=10&medianPay.min=40000&projectedGrowthPct.min=0`,
    );
    expect(await tableSlugs(b.page)).toEqual(expected.map((c) => c.slug));
    await expectCountsMatchApi(filter);

    const word = all[0]?.title.split(' ')[0]?.toLowerCase() ?? '';
    const byText = await apiCareers({ text: word });
    await open(`/explore?text=${encodeURIComponent(word)}`);
    expect(await tableSlugs(b.page)).toEqual(byText.map((c) => c.slug));
    expect(await b.page.locator('#facet-text').inputValue()).toBe(word);
  });

  it('when a column header is clicked, then the table is sorted by the API and the sort is in the URL', async () => {
    await open('/explore');
    await b.page.locator('button[data-sort="MEDIAN_PAY"]').click();
    await b.page.waitForURL(/sort=MEDIAN_PAY_DESC/);
    await ready(b.page);
    const expected = await apiCareers(null, [{ field: 'MEDIAN_PAY', direction: 'DESC' }]);
    expect(await tableSlugs(b.page)).toEqual(expected.map((c) => c.slug));
    expect(
      await b.page.locator('th:has(button[data-sort="MEDIAN_PAY"])').getAttribute('aria-sort'),
    ).toBe('descending');
    await b.page.locator('button[data-sort="MEDIAN_PAY"]').click();
    await b.page.waitForURL(/sort=MEDIAN_PAY_ASC/);
    await ready(b.page);
    const ascending = await apiCareers(null, [{ field: 'MEDIAN_PAY', direction: 'ASC' }]);
    expect(await tableSlugs(b.page)).toEqual(ascending.map((c) => c.slug));
    // From the keyboard, the pressed header keeps the focus while the table is rebuilt.
    await b.page.locator('button[data-sort="JOBS"]').focus();
    await b.page.keyboard.press('Enter');
    await b.page.waitForURL(/sort=JOBS_DESC/);
    await ready(b.page);
    expect(
      await b.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.sort),
    ).toBe('JOBS');
  });

  it('when "Download CSV" is pressed, then the file holds the table as shown: same columns, order and values', async () => {
    await open('/explore?licensure=NOT_REQUIRED,VARIES_BY_STATE&sort=JOBS_DESC');
    const shown = await b.page.$$eval('#careers-table tr', (rows) =>
      rows.map((r) =>
        Array.from((r as HTMLTableRowElement).cells).map(
          (c) => (c as HTMLElement).dataset.label ?? c.textContent ?? '',
        ),
      ),
    );
    const [download] = await Promise.all([
      b.page.waitForEvent('download'),
      b.page.locator('#download-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('careers.csv');
    const file = await download.path();
    const csv = readFileSync(file, 'utf8');
    expect(parseCsv(csv, '\r\n')).toEqual(shown);
    expect(shown.length).toBe(
      (await apiCareers({ licensure: ['NOT_REQUIRED', 'VARIES_BY_STATE'] })).length + 1,
    );
  });

  it('when "Open in the IDE" is followed, then the IDE opens the query and variables behind the table', async () => {
    await open('/explore?licensure=NOT_REQUIRED');
    const href = await b.page.locator('#open-in-ide').getAttribute('href');
    const params = new URL(href ?? '', b.server.url).searchParams;
    const query = params.get('query') ?? '';
    const variables = JSON.parse(params.get('variables') ?? '{}') as Record<string, unknown>;
    expect(variables).toEqual({
      filter: { licensure: ['NOT_REQUIRED'] },
      sort: [{ field: 'TITLE', direction: 'ASC' }],
      first: 100,
    });
    // The linked operation is the table's: run here, it gives the table's careers.
    const answer = await postGraphQL(b.server.url, query, variables);
    const nodes = (answer.json.data?.careers as { edges: { node: { slug: string } }[] }).edges;
    expect(nodes.map((e) => e.node.slug)).toEqual(await tableSlugs(b.page));

    await b.page.locator('#open-in-ide').click();
    await b.page.waitForURL((url) => url.pathname === '/');
    // The IDE bundle is large; on a loaded machine it takes a while to start.
    await b.page
      .locator('.graphiql-query-editor')
      .filter({ hasText: 'ExploreCareers' })
      .waitFor({ timeout: 90_000 });
    // …and the IDE links back to the explorer.
    expect(await b.page.getByRole('link', { name: 'Careers explorer' }).getAttribute('href')).toBe(
      '/explore',
    );
    await b.page
      .locator('.graphiql-editor-tool')
      .filter({ hasText: 'NOT_REQUIRED' })
      .first()
      .waitFor({ state: 'attached' });
  }, 150_000);

  it('when the facets are used from the keyboard alone, then the URL and the table follow', async () => {
    await open('/explore');
    await b.page.locator('#facet-text').focus();
    await b.page.keyboard.type('records');
    await b.page.waitForURL(/\?text=records$/);
    await ready(b.page);
    expect(await tableSlugs(b.page)).toEqual(
      (await apiCareers({ text: 'records' })).map((c) => c.slug),
    );
    // Tab leaves the words box for the first licensure choice; Space ticks it.
    await b.page.keyboard.press('Tab');
    expect(await b.page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'REQUIRED',
    );
    await b.page.keyboard.press('Space');
    await b.page.waitForURL(/licensure=REQUIRED&text=records/);
    await ready(b.page);
    // The control keeps its focus while the page updates.
    expect(await b.page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'REQUIRED',
    );
    expect(await tableSlugs(b.page)).toEqual(
      (await apiCareers({ licensure: ['REQUIRED'], text: 'records' })).map((c) => c.slug),
    );
  });

  it('when words are typed with pauses, then the address follows them in one history entry, and Back skips them', async () => {
    await open('/explore');
    await b.page.locator('#facet-text').focus();
    await b.page.keyboard.type('medical');
    await b.page.waitForURL(/\?text=medical$/);
    await ready(b.page);
    await b.page.keyboard.type(' records');
    await b.page.waitForURL(/\?text=medical\+records$/);
    await ready(b.page);
    expect(await tableSlugs(b.page)).toEqual(
      (await apiCareers({ text: 'medical records' })).map((c) => c.slug),
    );
    await b.page.goBack();
    await b.page.waitForURL((url) => url.pathname === '/explore' && url.search === '');
    await ready(b.page);
    expect(await b.page.locator('#facet-text').inputValue()).toBe('');
  });

  it('when back and forward are pressed, then the facets, the table and the URL return to each state', async () => {
    await open('/explore');
    const all = await tableSlugs(b.page);
    await b.page.locator('input[name="licensure"][value="NOT_REQUIRED"]').check();
    await b.page.waitForURL(/licensure=NOT_REQUIRED/);
    await ready(b.page);
    const notRequired = await tableSlugs(b.page);
    await b.page.locator('input[name="licensure"][value="REQUIRED"]').check();
    await b.page.waitForURL(/licensure=REQUIRED,NOT_REQUIRED/);
    await ready(b.page);

    await b.page.goBack();
    await b.page.waitForURL(/\?licensure=NOT_REQUIRED$/);
    await ready(b.page);
    expect(await tableSlugs(b.page)).toEqual(notRequired);
    expect(await b.page.locator('input[name="licensure"][value="REQUIRED"]').isChecked()).toBe(
      false,
    );
    await expectCountsMatchApi({ licensure: ['NOT_REQUIRED'] });

    await b.page.goBack();
    await b.page.waitForURL((url) => url.pathname === '/explore' && url.search === '');
    await ready(b.page);
    expect(await tableSlugs(b.page)).toEqual(all);
    expect(await b.page.locator('input[name="licensure"]:checked').count()).toBe(0);

    await b.page.goForward();
    await b.page.waitForURL(/\?licensure=NOT_REQUIRED$/);
    await ready(b.page);
    expect(await tableSlugs(b.page)).toEqual(notRequired);
    expect(await b.page.locator('input[name="licensure"][value="NOT_REQUIRED"]').isChecked()).toBe(
      true,
    );
  });

  it('when the URL holds parameters the page cannot read, then they are ignored with a visible notice and the rest applies', async () => {
    await open(
      '/explore?licensure=NOT_REQUIRED,MAYBE&entryEducation.atMost=PHD&medianPay.min=lots&colour=blue&traits.all=no-such-trait&sort=SIDEWAYS',
    );
    const notice = await b.page.locator('#explore-notices').innerText();
    for (const part of ['MAYBE', 'PHD', 'lots', 'colour', 'no-such-trait', 'SIDEWAYS']) {
      expect(notice).toContain(part);
    }
    expect(await tableSlugs(b.page)).toEqual(
      (await apiCareers({ licensure: ['NOT_REQUIRED'] })).map((c) => c.slug),
    );
    // The address now says only what the page applies.
    expect(new URL(b.page.url()).search).toBe('?licensure=NOT_REQUIRED');
  });

  it('when axe-core checks /explore, unfiltered and filtered, then it finds no serious or critical violation', async () => {
    for (const route of ['/explore', '/explore?licensure=NOT_REQUIRED&worksIn.any=hospitals']) {
      await open(route);
      // The long facet groups and the table views open, so their contents are checked too.
      await b.page.$$eval('details', (all) =>
        all.forEach((d) => ((d as HTMLDetailsElement).open = true)),
      );
      // Not addScriptTag: the page's CSP (script-src 'self') blocks the inline script it adds.
      // DevTools evaluation is outside the CSP, and the page's own policy stays as users get it.
      await b.page.evaluate(AXE_SOURCE);
      const violations = await b.page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(): Promise<{
                violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[];
              }>;
            };
          }
        ).axe;
        const result = await axe.run();
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
          );
      });
      expect(violations).toEqual([]);
    }
  });

  it('when the window is 360 px wide, then the page does not scroll sideways and still lists and plots the careers', async () => {
    await b.page.setViewportSize({ width: 360, height: 800 });
    await open('/explore?licensure=NOT_REQUIRED');
    const widths = await b.page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      plot: Number(document.querySelector<HTMLElement>('.plots')?.dataset.width),
    }));
    expect(widths.page).toBeLessThanOrEqual(360);
    expect(widths.plot).toBeLessThanOrEqual(360);
    expect(await b.page.locator('#careers-table tbody tr').count()).toBeGreaterThan(0);
    // The facets start folded, so the results are on the first screen; unfolded, they still fit.
    expect(await b.page.locator('.facets-toggle').getAttribute('open')).toBeNull();
    expect(await b.page.locator('#explore-summary').isVisible()).toBe(true);
    await b.page.locator('.facets-toggle > summary').click();
    expect(await b.page.locator('#facet-text').isVisible()).toBe(true);
    expect(await b.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await b.page.locator('.facets-toggle > summary').click();
    const mobile = await screenshot(b.page, 'explore-360');
    await b.page.setViewportSize({ width: 1400, height: 900 });
    await open('/explore?licensure=NOT_REQUIRED');
    const desktop = await screenshot(b.page, 'explore-desktop');
    await b.page.setViewportSize({ width: 1400, height: 1400 });
    await b.page.locator('.plots').evaluate((plots) => plots.scrollIntoView());
    const plots = await screenshot(b.page, 'explore-plots');
    mkdirSync(DOC_IMAGES, { recursive: true });
    copyFileSync(desktop, path.join(DOC_IMAGES, 'explore-desktop.png'));
    copyFileSync(plots, path.join(DOC_IMAGES, 'explore-plots.png'));
    copyFileSync(mobile, path.join(DOC_IMAGES, 'explore-360.png'));
  });

  it('when /explore first loads, then everything it fetches is from our origin and weighs under 500 KB gzip-compressed', async () => {
    const assets: string[] = [];
    b.page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/assets/')) assets.push(url.pathname);
    });
    await open('/explore');
    expect(assets.length).toBeGreaterThan(0);
    const files = ['explore.html', ...new Set(assets)].map((p) => path.join(WEB_DIST_DIR, p));
    const gzipped = files.reduce(
      (sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length,
      0,
    );
    // Kept beside the screenshots, for docs/explorer.md's figure.
    writeFileSync(
      path.join(REPO_ROOT, 'test-artifacts', 'explore-first-load.json'),
      `${JSON.stringify({ gzippedBytes: gzipped, files: files.map((f) => path.relative(WEB_DIST_DIR, f)) }, null, 2)}\n`,
    );
    expect(gzipped).toBeLessThan(FIRST_LOAD_BUDGET_BYTES);
    // The IDE's editor is not part of it.
    expect(assets.some((a) => /\/assets\/ide-/.test(a))).toBe(false);
    expect(
      b.network.requests.every((r) => new URL(r).origin === b.server.url || r.startsWith('data:')),
    ).toBe(true);
  });
});

describe('explorer routes without a built bundle', () => {
  it('when the bundle was never built, then every explorer route answers 503 naming the build command', async () => {
    const app = express();
    mountWebApp(app, { distDir: path.join(os.tmpdir(), 'no-such-web-bundle') });
    const server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (const route of ['/explore', '/explore/career/registered-nurses', '/explore/compare']) {
        const response = await fetch(`http://127.0.0.1:${port}${route}`);
        expect(response.status).toBe(503);
        expect(await response.text()).toBe(BUNDLE_MISSING_MESSAGE);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
