import { freePort, startScratchNeo4j, type LocalNeo4j } from '../../src/local-neo4j/local-neo4j';
import { runLicensureExample, screenshot, useGuardedBrowser } from './harness';

/**
 * The IDE's "Open in Neo4j Browser", followed to a real Neo4j Browser: a local Neo4j of its own
 * with its HTTP connector on (the shared test Neo4j has none), which serves the Browser.
 */
let neo4j: LocalNeo4j | undefined;

beforeAll(async () => {
  neo4j = await startScratchNeo4j('browser', { httpPort: await freePort() });
}, 180_000);

afterAll(async () => {
  await neo4j?.stop();
});

describe('Open in Neo4j Browser', () => {
  const b = useGuardedBrowser(() => ({ neo4jBrowserUrl: neo4j?.browserUrl ?? null }));

  it('when a traced statement is opened in Neo4j Browser, then the local Browser opens with it and its :param lines in the editor', async () => {
    await b.page.goto(b.server.url);
    await runLicensureExample(b.page);
    await b.page
      .getByRole('button', { name: /cypher/i })
      .first()
      .click();
    const statement = b.page.locator('.cypher-statement[data-statement="api/careers-page"]');
    const link = statement.getByRole('link', { name: 'Open in Neo4j Browser' });
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    expect(new URL(href).origin).toBe(new URL(neo4j?.browserUrl ?? '').origin);
    // The IDE stayed on the loopback. (Neo4j's Browser, below, asks for a web font and its crash
    // reporter; the guard blocks them, and they are Browser's own, not this project's.)
    expect(b.network.foreign).toEqual([]);

    const [browser] = await Promise.all([b.page.context().waitForEvent('page'), link.click()]);
    const editor = browser.locator('.monaco-editor').first();
    await editor.filter({ hasText: 'MATCH' }).waitFor({ timeout: 30_000 });
    const text = (await editor.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(':param limit');
    expect(text).toContain('MATCH (n:Career)');

    await screenshot(browser, 'neo4j-browser-from-ide');
  });
});
