import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { screenshot, useGuardedBrowser } from './harness';

interface DrawnNode {
  id: string;
  label: string;
  kind: string;
  slug?: string;
}

interface DrawnEdge {
  kind: string;
  share?: number;
  width: number;
}

/** Reads what cytoscape drew through the `window.__cy` the page exposes. */
async function drawnGraph(page: Page): Promise<{ nodes: DrawnNode[]; edges: DrawnEdge[] }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: Core }).__cy;
    return {
      nodes: cy.nodes().map((node) => ({
        id: node.id(),
        label: String(node.data('label')),
        kind: String(node.data('kind')),
        slug: node.data('slug') as string | undefined,
      })),
      edges: cy.edges().map((edge) => ({
        kind: String(edge.data('kind')),
        share: edge.data('share') as number | undefined,
        width: parseFloat(String(edge.style('width'))),
      })),
    };
  });
}

async function waitUntilDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.state !== 'loading');
  expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
}

describe('career neighbourhood picture at /graph/<slug>', () => {
  const b = useGuardedBrowser();

  it('when opened for medical records specialists, then its settings are drawn, wider for more jobs', async () => {
    const pageErrors: string[] = [];
    b.page.on('pageerror', (error) => pageErrors.push(error.message));
    await b.page.goto(`${b.server.url}/graph/medical-records-specialists`);
    await waitUntilDrawn(b.page);

    const { nodes, edges } = await drawnGraph(b.page);
    const centre = nodes.find((node) => node.kind === 'centre');
    expect(centre?.label).toMatch(/^medical records specialists$/i);
    const settings = nodes.filter((node) => node.kind === 'setting').map((node) => node.label);
    expect(settings.some((label) => /hospitals/i.test(label))).toBe(true);

    const shares = edges
      .filter((edge) => edge.kind === 'works-in' && edge.share !== undefined)
      .sort((a, b) => (a.share ?? 0) - (b.share ?? 0));
    expect(shares.length).toBeGreaterThan(1);
    expect(shares.at(-1)?.width).toBeGreaterThan(shares[0]?.width ?? Infinity);

    const panel = await b.page.locator('#panel').innerText();
    expect(panel).toMatch(/medical records specialists/i);
    expect(panel).toMatch(/median pay/i);
    expect(panel).toMatch(/growth/i);

    await screenshot(b.page, 'graph-medical-records-specialists');
    expect(pageErrors).toEqual([]);
    expect(b.network.foreign).toEqual([]);
  });

  it('when a neighbour career node is clicked, then its own picture opens', async () => {
    await b.page.goto(`${b.server.url}/graph/medical-records-specialists`);
    await waitUntilDrawn(b.page);
    const { nodes } = await drawnGraph(b.page);
    const neighbour = nodes.find((node) => node.kind === 'career' && node.slug);
    if (!neighbour?.slug)
      throw new Error('no neighbour career drawn for medical records specialists');

    // Click the node where cytoscape drew it, as a user would: canvas nodes have no DOM element.
    const point = await b.page.evaluate((id) => {
      const cy = (window as unknown as { __cy: Core }).__cy;
      const box = cy.container()!.getBoundingClientRect();
      const position = cy.getElementById(id).renderedPosition();
      return { x: box.left + position.x, y: box.top + position.y };
    }, neighbour.id);
    await Promise.all([
      b.page.waitForURL(`**/graph/${neighbour.slug}`),
      b.page.mouse.click(point.x, point.y),
    ]);
    await waitUntilDrawn(b.page);

    const { nodes: next } = await drawnGraph(b.page);
    expect(next.find((node) => node.kind === 'centre')?.label).toBe(neighbour.label);
    await screenshot(b.page, 'graph-after-click');
    expect(b.network.foreign).toEqual([]);
  });

  it('when the slug names no career, then the b.page says so instead of drawing', async () => {
    await b.page.goto(`${b.server.url}/graph/no-such-career`);
    await b.page.waitForFunction(() => document.body.dataset.state !== 'loading');
    expect(await b.page.evaluate(() => document.body.dataset.state)).toBe('error');
    expect(await b.page.locator('#panel').innerText()).toMatch(/no career has the slug/i);
    expect(b.network.foreign).toEqual([]);
  });
});
