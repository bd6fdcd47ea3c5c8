import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/paths';
import { postGraphQL } from '../helpers/http-graphql';
import { career, educationRank, seeds } from '../helpers/seed-oracle';
import { screenshot, useGuardedBrowser } from './harness';

/**
 * The explorer's career page, "Where can I go from here?" and compare, in Chromium against the
 * real API over the seeded graph. Expected figures come from the seeds (seed-oracle) or from the
 * API itself, never typed in.
 */

const MRS = 'medical-records-specialists';
const HIT = 'health-information-technologists-and-medical-registrars';
const MANAGERS = 'medical-and-health-services-managers';

const dollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

const AXE_SOURCE = readFileSync(
  path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'),
  'utf8',
);
const DOC_IMAGES = path.join(REPO_ROOT, 'docs', 'images');

/** A screenshot in test-artifacts, copied to docs/images for the README and docs/explorer.md. */
async function documentedScreenshot(page: Page, name: string): Promise<void> {
  const file = await screenshot(page, name);
  mkdirSync(DOC_IMAGES, { recursive: true });
  copyFileSync(file, path.join(DOC_IMAGES, `${name}.png`));
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations, summarised. */
async function seriousViolations(page: Page): Promise<string[]> {
  // The table views and step lists open, so what they hold is checked too.
  await page.$$eval('details', (all) =>
    all.forEach((d) => ((d as HTMLDetailsElement).open = true)),
  );
  // Not addScriptTag: the page's CSP (script-src 'self') blocks the inline script it adds, and
  // the page is checked under the policy users get; DevTools evaluation is outside the CSP.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

async function openCareer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => {
    const state = document.querySelector('.career-page')?.getAttribute('data-state');
    return state !== undefined && state !== null && state !== 'loading';
  });
}

async function movesReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const state = document.querySelector('#moves-results')?.getAttribute('data-state');
    return state === 'ready' || state === 'error';
  });
  expect(await page.getAttribute('#moves-results', 'data-state')).toBe('ready');
}

async function openCompare(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => {
    const state = document.querySelector('.compare-page')?.getAttribute('data-state');
    return state !== undefined && state !== null && state !== 'loading';
  });
}

/** Page-level sideways scroll: the one thing a 360 px layout must not have. */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

describe('explorer career page, moves and compare', () => {
  const b = useGuardedBrowser();

  it('when a career page opens, then its median pay shows the OOH phrase stating it and a link to the page', async () => {
    const errors: string[] = [];
    b.page.on('pageerror', (error) => errors.push(error.message));
    await openCareer(b.page, `${b.server.url}/explore/career/${MRS}`);
    expect(await b.page.getAttribute('.career-page', 'data-state')).toBe('ready');

    const seed = career(MRS);
    const pay = seed.pay?.medianAnnual;
    if (pay === null || pay === undefined) throw new Error(`the seeds give ${MRS} no median pay`);
    const evidence = seed.evidence.find((e) => e.fact === 'MEDIAN_PAY');
    if (!evidence) throw new Error(`the seeds keep no pay phrase for ${MRS}`);

    const fact = b.page.locator('[data-fact="MEDIAN_PAY"]');
    expect(await fact.locator('.fact-value').innerText()).toContain(dollars.format(pay));
    const phrase = await fact.locator('q.evidence-phrase').innerText();
    expect(phrase).toBe(evidence.phrase);
    expect(phrase).toContain(dollars.format(pay));
    expect(await fact.locator('a.source-link').getAttribute('href')).toBe(evidence.source);
    expect(new URL(evidence.source).hostname).toBe('www.bls.gov');

    await expect(b.page.locator('h1').innerText()).resolves.toBe(seed.title);
    expect(await b.page.locator(`a[href="/graph/${MRS}"]`).count()).toBeGreaterThan(0);

    await documentedScreenshot(b.page, 'explore-career-medical-records-specialists');
    expect(errors).toEqual([]);
    expect(b.network.foreign).toEqual([]);
  });

  it('when a career page opens, then the settings shares it lists and tabulates are the API’s', async () => {
    await openCareer(b.page, `${b.server.url}/explore/career/${MRS}`);
    const api = await postGraphQL(
      b.server.url,
      `query($slug: ID!) { career(slug: $slug) { settings { sharePct scope setting { id name } } } }`,
      { slug: MRS },
    );
    const settings = (
      api.json.data as {
        career: {
          settings: {
            sharePct: number | null;
            scope: string;
            setting: { id: string; name: string };
          }[];
        };
      }
    ).career.settings;
    expect(settings.length).toBeGreaterThan(1);

    const listed = await b.page.$$eval('.settings-list li[data-setting]', (items) =>
      items.map((li) => ({
        id: li.getAttribute('data-setting'),
        share: li.getAttribute('data-share'),
        scope: li.getAttribute('data-scope'),
        text: li.textContent ?? '',
      })),
    );
    expect(listed.map(({ id, share, scope }) => ({ id, share, scope }))).toEqual(
      settings.map((s) => ({
        id: s.setting.id,
        share: s.sharePct === null ? '' : String(s.sharePct),
        scope: s.scope,
      })),
    );
    for (const [i, s] of settings.entries()) {
      expect(listed[i]?.text).toContain(s.setting.name);
      expect(listed[i]?.text).toContain(s.sharePct === null ? 'not published' : `${s.sharePct} %`);
    }

    // The bar chart's table view: one row per setting with a known share, largest first.
    const tabled = await b.page.$$eval('.settings-plot table tbody tr', (rows) =>
      rows.map((row) => Array.from(row.children, (cell) => cell.textContent ?? '')),
    );
    const known = settings
      .filter((s) => s.sharePct !== null)
      .sort((x, y) => (y.sharePct ?? 0) - (x.sharePct ?? 0));
    expect(tabled.map((row) => row[0])).toEqual(known.map((s) => s.setting.name));
    expect(tabled.map((row) => row[1])).toEqual(known.map((s) => `${s.sharePct} %`));
    expect(await b.page.locator('.settings-plot svg rect').count()).toBeGreaterThanOrEqual(
      known.length,
    );

    // Its pay among its peers: the rank the API gives, drawn and tabulated.
    expect(await b.page.locator('.peer-pay-plot svg').count()).toBe(1);
    // textContent: the table view sits in a closed disclosure, where innerText reads nothing.
    const selfRow = await b.page
      .locator('.peer-pay-plot table tbody tr', { hasText: 'this career' })
      .textContent();
    expect(selfRow).toContain(dollars.format(career(MRS).pay?.medianAnnual ?? NaN));
    expect(b.network.foreign).toEqual([]);
  });

  it('when "no new licence" is chosen from medical records specialists, then health information technologists is listed with what the step adds', async () => {
    await openCareer(b.page, `${b.server.url}/explore/career/${MRS}`);
    await movesReady(b.page);
    await b.page.getByLabel('No new licence').check();
    await b.page.getByRole('button', { name: 'Show moves' }).click();
    await b.page.waitForURL(/moves\.noNewLicense=true/);
    await movesReady(b.page);

    const api = await postGraphQL(
      b.server.url,
      `query($from: ID!) { careerMoves(from: $from, constraints: { noNewLicense: true }, first: 10) {
        kind career { slug }
        adds { education { name } credentials { name acronym } license derived derivedFrom { fact } }
      } }`,
      { from: MRS },
    );
    expect(api.json.errors).toBeUndefined();
    const moves = (
      api.json.data as {
        careerMoves: {
          kind: string;
          career: { slug: string };
          adds: {
            education: { name: string } | null;
            credentials: { name: string; acronym: string | null }[];
            license: boolean;
            derived: boolean;
            derivedFrom: { fact: string }[];
          };
        }[];
      }
    ).careerMoves;
    const shown = await b.page.$$eval('#moves-results li.move', (items) =>
      items.map((li) => li.getAttribute('data-slug')),
    );
    expect(shown).toEqual(moves.map((m) => m.career.slug));

    const expected = moves.find((m) => m.career.slug === HIT);
    if (!expected) throw new Error(`careerMoves from ${MRS} without a new licence lacks ${HIT}`);
    // The seeds state the advancement, so the move is one.
    expect(career(MRS).advancesTo.some((a) => a.slug === HIT)).toBe(true);
    expect(expected.kind).toBe('ADVANCEMENT');
    expect(expected.adds.license).toBe(false);

    const move = b.page.locator(`#moves-results li.move[data-slug="${HIT}"]`);
    expect(await move.locator('.badge').first().innerText()).toBe('Advancement');
    const adds = move.locator('.move-adds');
    // The step adds something: education, or the credentials its note names.
    expect(expected.adds.education !== null || expected.adds.credentials.length > 0).toBe(true);
    if (expected.adds.education) {
      expect(await adds.locator('[data-adds="education"]').innerText()).toContain(
        expected.adds.education.name,
      );
    }
    for (const credential of expected.adds.credentials) {
      expect(await adds.locator('[data-adds="credentials"]').innerText()).toContain(
        credential.name,
      );
    }
    expect(await adds.locator('[data-adds="license"]').innerText()).toMatch(/no new licence/);
    expect(await adds.locator('.badge-derived').count()).toBe(expected.adds.derived ? 1 : 0);
    for (const fact of expected.adds.derivedFrom) {
      expect(await adds.locator('.derived-facts').innerText()).toContain(fact.fact);
    }
    // The path picture, with its text alternative.
    const picture = move.locator('svg.path-picture');
    expect(await picture.getAttribute('role')).toBe('img');
    expect(await picture.getAttribute('aria-label')).toMatch(/Health Information Technologists/i);

    // The state is in the URL: a fresh load of the link shows the same choice and list.
    const link = b.page.url();
    await openCareer(b.page, link);
    await movesReady(b.page);
    expect(await b.page.getByLabel('No new licence').isChecked()).toBe(true);
    expect(
      await b.page.$$eval('#moves-results li.move', (items) =>
        items.map((li) => li.getAttribute('data-slug')),
      ),
    ).toEqual(shown);

    await move.scrollIntoViewIfNeeded();
    await documentedScreenshot(b.page, 'explore-career-moves');
    expect(b.network.foreign).toEqual([]);
  });

  it('when constraints are set with the keyboard, then the URL holds them and back restores the list before', async () => {
    const movesOf = async (constraints: Record<string, unknown>): Promise<string[]> => {
      const answer = await postGraphQL(
        b.server.url,
        `query($from: ID!, $c: MoveConstraints) { careerMoves(from: $from, constraints: $c, first: 10) { career { slug } } }`,
        { from: MRS, c: constraints },
      );
      expect(answer.json.errors).toBeUndefined();
      return (answer.json.data as { careerMoves: { career: { slug: string } }[] }).careerMoves.map(
        (m) => m.career.slug,
      );
    };
    const shownMoves = (): Promise<(string | null)[]> =>
      b.page.$$eval('#moves-results li.move', (items) =>
        items.map((li) => li.getAttribute('data-slug')),
      );

    await openCareer(b.page, `${b.server.url}/explore/career/${MRS}`);
    await movesReady(b.page);
    const before = await shownMoves();
    expect(before).toEqual(await movesOf({}));

    await b.page.focus('#moves-no-new-license');
    await b.page.keyboard.press('Space');
    await b.page.focus('#moves-pay');
    await b.page.keyboard.type('60000');
    await b.page.keyboard.press('Enter');
    await b.page.waitForURL(/moves\.minMedianPay=60000/);
    expect(new URL(b.page.url()).searchParams.get('moves.noNewLicense')).toBe('true');
    await movesReady(b.page);
    expect(await shownMoves()).toEqual(await movesOf({ noNewLicense: true, minMedianPay: 60000 }));

    await b.page.goBack();
    await b.page.waitForURL((url) => !url.search.includes('moves.'));
    // The form is redrawn from the URL in the same step that starts the new list.
    await b.page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('#moves-no-new-license')?.checked === false,
    );
    await movesReady(b.page);
    expect(await b.page.getByLabel('No new licence').isChecked()).toBe(false);
    expect(await shownMoves()).toEqual(before);
    expect(b.network.foreign).toEqual([]);
  });

  it('when two careers are compared, then the figures show the gap to the first and what the second asks beyond it', async () => {
    await openCompare(b.page, `${b.server.url}/explore/compare?slugs=${MRS},${MANAGERS}`);
    expect(await b.page.getAttribute('.compare-page', 'data-state')).toBe('ready');

    const first = career(MRS);
    const second = career(MANAGERS);
    const firstPay = first.pay?.medianAnnual;
    const secondPay = second.pay?.medianAnnual;
    if (firstPay == null || secondPay == null) throw new Error('both careers need a seeded pay');
    const payCell = await b.page
      .locator(`[data-metric="MEDIAN_PAY"][data-slug="${MANAGERS}"]`)
      .innerText();
    expect(payCell).toContain(dollars.format(secondPay));
    const diff = secondPay - firstPay;
    expect(payCell).toContain(`${diff >= 0 ? '+' : '−'}${dollars.format(Math.abs(diff))}`);

    // The seeds' entry education decides the education gap, either way round.
    expect(educationRank(second)).toBeGreaterThan(educationRank(first));
    const level = seeds().educationLevels.find((l) => l.code === second.entryEducation.code);
    const gap = b.page.locator(`.gap-pair[data-career="${MANAGERS}"][data-compared-with="${MRS}"]`);
    expect(await gap.locator('[data-gap="education"]').innerText()).toContain(level?.name ?? '?');
    const back = b.page.locator(
      `.gap-pair[data-career="${MRS}"][data-compared-with="${MANAGERS}"]`,
    );
    expect(await back.locator('[data-gap="education"]').count()).toBe(0);

    await documentedScreenshot(b.page, 'explore-career-compare');
    expect(b.network.foreign).toEqual([]);
  });

  it('when a career is added with the search box, then it joins the comparison', async () => {
    await openCompare(b.page, `${b.server.url}/explore/compare?slugs=${MRS}`);
    await b.page.getByLabel('Add a career').fill('technologists');
    const add = b.page.locator(`button[data-slug="${HIT}"]`);
    await add.click();
    await b.page.waitForURL(`**/explore/compare?slugs=${MRS},${HIT}`);
    await b.page.waitForFunction(
      () => document.querySelector('.compare-page')?.getAttribute('data-state') === 'ready',
    );
    expect(await b.page.locator(`.gap-pair[data-career="${HIT}"]`).count()).toBe(1);
    expect(b.network.foreign).toEqual([]);
  });

  it('when slugs are unknown, then the career and compare pages say so', async () => {
    await openCareer(b.page, `${b.server.url}/explore/career/no-such-career`);
    expect(await b.page.getAttribute('.career-page', 'data-state')).toBe('not-found');
    expect(await b.page.locator('.career-page').innerText()).toMatch(
      /no career has the slug “no-such-career”/i,
    );

    await openCompare(b.page, `${b.server.url}/explore/compare?slugs=${MRS},no-such-career`);
    const text = await b.page.locator('.compare-page').innerText();
    expect(text).toMatch(/no career has the slug “no-such-career”/i);
    expect(text).toMatch(/pick at least one more career/i);
    expect(b.network.foreign).toEqual([]);
  });

  it('when axe-core checks the career page (with its moves) and the compare page, then it finds no serious or critical violation', async () => {
    await openCareer(b.page, `${b.server.url}/explore/career/${MRS}?moves.noNewLicense=true`);
    await movesReady(b.page);
    expect(await seriousViolations(b.page)).toEqual([]);

    await openCompare(b.page, `${b.server.url}/explore/compare?slugs=${MRS},${HIT},${MANAGERS}`);
    expect(await seriousViolations(b.page)).toEqual([]);
    expect(b.network.foreign).toEqual([]);
  });

  it('when the window is 360 px wide, then neither page scrolls sideways', async () => {
    await b.page.setViewportSize({ width: 360, height: 800 });
    await openCareer(b.page, `${b.server.url}/explore/career/${MRS}?moves.maxSteps=3`);
    await movesReady(b.page);
    expect(await b.page.getAttribute('.career-page', 'data-state')).toBe('ready');
    expect(await horizontalOverflow(b.page)).toBeLessThanOrEqual(0);
    await documentedScreenshot(b.page, 'explore-career-360');

    await openCompare(b.page, `${b.server.url}/explore/compare?slugs=${MRS},${HIT},${MANAGERS}`);
    expect(await horizontalOverflow(b.page)).toBeLessThanOrEqual(0);
    await documentedScreenshot(b.page, 'explore-career-compare-360');
    expect(b.network.foreign).toEqual([]);
  });
});
