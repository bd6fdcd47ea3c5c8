import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { EXAMPLES } from '../../web/examples';
import { localBrowserUrl } from '../../src/local-neo4j/local-neo4j';
import {
  LICENSURE_EXAMPLE,
  runLicensureExample,
  screenshot,
  startWebServer,
  useGuardedBrowser,
  type WebServer,
} from './harness';

/** Monaco renders spaces as no-break spaces and soft-wraps long strings; compare words only. */
function words(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}

/** Where `npm start` says the local Neo4j Browser is (nothing needs to listen there). */
const BROWSER_URL = localBrowserUrl(7474, 7687);

describe('GraphQL IDE at /', () => {
  const b = useGuardedBrowser({ neo4jBrowserUrl: BROWSER_URL });

  it('when the licensure example is chosen and run, then the result lists medical records specialists', async () => {
    const pageErrors: string[] = [];
    b.page.on('pageerror', (error) => pageErrors.push(error.message));
    await b.page.goto(b.server.url);

    await runLicensureExample(b.page);

    const result = b.page.locator('.graphiql-response .view-lines');
    await result.filter({ hasText: '"data"' }).waitFor();
    // Monaco draws only the lines in view, so find the career the way a user would: with the
    // response editor's own search, which scrolls the match into view.
    await result.click();
    await b.page.keyboard.press('ControlOrMeta+f');
    await b.page.keyboard.type('Medical records specialists');
    await b.page.keyboard.press('Enter');
    await b.page.waitForFunction(
      (wanted) => {
        const lines = document.querySelector<HTMLElement>('.graphiql-response .view-lines');
        return lines?.innerText.replace(/\s+/g, ' ').toLowerCase().includes(wanted) ?? false;
      },
      'medical records specialists',
      { timeout: 10_000 },
    );
    expect(words(await result.innerText())).not.toContain('"errors"');

    await screenshot(b.page, 'ide-licensure-example');
    expect(pageErrors).toEqual([]);
    expect(b.network.foreign).toEqual([]);
    // The IDE's Monaco workers are bundled files served by us, not blob: or CDN scripts.
    expect(
      b.network.requests.some((url) => /\/assets\/graphql\.worker-[\w-]+\.js$/.test(url)),
    ).toBe(true);
  });

  it('when a query names an unknown field, then the editor marks it (the GraphQL worker runs)', async () => {
    await b.page.goto(b.server.url);
    await b.page.getByRole('button', { name: LICENSURE_EXAMPLE, exact: true }).click();
    await b.page.locator('.graphiql-query-editor .view-lines').click();
    await b.page.keyboard.press('ControlOrMeta+End');
    await b.page.keyboard.type('\nquery Bad { career(slug: "x") { noSuchField } }');
    // Validation against the introspected schema happens in monaco-graphql's worker only.
    await b.page.locator('.graphiql-query-editor .squiggly-error').first().waitFor();
    expect(b.network.foreign).toEqual([]);
  });

  it('when the docs explorer opens, then it lists the schema from introspection', async () => {
    await b.page.goto(b.server.url);
    await b.page.getByRole('button', { name: /show documentation explorer/i }).click();
    const explorer = b.page.locator('.graphiql-doc-explorer');
    await explorer.getByText('Query', { exact: true }).click();
    await explorer.getByText('careers', { exact: true }).first().waitFor();

    await screenshot(b.page, 'ide-docs-explorer');
    expect(b.network.foreign).toEqual([]);
  });

  it('when the b.page links to a career picture, then the link leads to /graph/<slug>', async () => {
    await b.page.goto(b.server.url);
    const link = b.page.getByRole('link', { name: 'Career neighbourhood picture' });
    expect(await link.getAttribute('href')).toBe('/graph/medical-records-specialists');
    expect(b.network.foreign).toEqual([]);
  });

  it('when a b.page tries to reach another host, then the guard records and blocks it', async () => {
    // Proves the assertions above can fail. A navigation, because the pages' CSP already stops
    // fetch() to other hosts before any request exists; routing aborts this one in the browser.
    await expect(b.page.goto('http://example.invalid/')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
    expect(b.network.foreign).toEqual(['http://example.invalid/']);
  });

  it('when an example runs, then the Cypher panel lists its statements, copies one for cypher-shell and shows its plan', async () => {
    const pageErrors: string[] = [];
    b.page.on('pageerror', (error) => pageErrors.push(error.message));
    await b.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: b.server.url,
    });
    await b.page.goto(b.server.url);
    await runLicensureExample(b.page);
    await b.page.locator('.graphiql-response .view-lines').filter({ hasText: '"data"' }).waitFor();
    // The trace stays out of the result pane: it is the panel's.
    expect(await b.page.locator('.graphiql-response').innerText()).not.toContain('cypherTrace');

    await b.page
      .getByRole('button', { name: /cypher/i })
      .first()
      .click();
    const panel = b.page.getByRole('region', { name: 'Cypher' });
    const page = panel.locator('.cypher-statement[data-statement="api/careers-page"]');
    await page.waitFor();
    const why = await panel.locator('.cypher-why').innerText();
    // The page in one statement, then each list the page does not read ahead, in one batch.
    expect(why).toMatch(/^\d+ statements?: api\/careers-page for careers \(one statement/);
    expect(why).toContain('one DataLoader batch of');
    expect(await page.locator('.cypher-text').innerText()).toContain('MATCH');
    // Monaco's Cypher colouring, not plain text. It arrives a moment after the text (colorize is
    // asynchronous), so wait for it before counting.
    await page.locator('.cypher-text span').first().waitFor();
    expect(await page.locator('.cypher-text span').count()).toBeGreaterThan(3);

    await page.getByRole('button', { name: 'Copy for cypher-shell and Browser' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    const copied = await b.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^:param /);
    expect(copied).toContain('MATCH');
    expect(copied.trimEnd().endsWith(';')).toBe(true);

    // Neo4j Browser's own cmd=edit parameter puts that same text in its editor, on the loopback.
    const link = page.getByRole('link', { name: 'Open in Neo4j Browser' });
    const href = new URL((await link.getAttribute('href')) ?? '');
    expect(`${href.origin}${href.pathname}`).toBe('http://127.0.0.1:7474/browser/');
    expect(href.searchParams.get('dbms')).toBe('neo4j://neo4j@127.0.0.1:7687');
    expect(href.searchParams.get('cmd')).toBe('edit');
    expect(href.searchParams.get('arg')).toBe(copied);
    expect(await link.getAttribute('target')).toBe('_blank');

    await page.getByRole('button', { name: 'Plan' }).click();
    const plan = page.locator('.plan-tree');
    await plan.waitFor();
    expect(await plan.innerText()).toContain('ProduceResults');
    expect(await page.locator('.plan-widest').count()).toBeGreaterThan(0);

    await screenshot(b.page, 'ide-cypher-panel');
    expect(pageErrors).toEqual([]);
    expect(b.network.foreign).toEqual([]);
  });
});

describe('the examples library', () => {
  let server: WebServer;

  beforeAll(async () => {
    server = await startWebServer();
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('when listed, then titles are unique and the required questions are there', () => {
    const titles = EXAMPLES.map((example) => example.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Careers without licensure requirements',
        'What can I start with a postsecondary certificate?',
        'Who works in nursing care facilities?',
        'Certifications for medical records specialists',
        'Careers like this one',
      ]),
    );
  });

  it('when parsed, then each example holds exactly one named operation', () => {
    for (const example of EXAMPLES) {
      const operations = parse(example.query).definitions.filter(
        (definition): definition is OperationDefinitionNode =>
          definition.kind === Kind.OPERATION_DEFINITION,
      );
      expect(operations.map((operation) => Boolean(operation.name))).toEqual([true]);
    }
  });

  it.each(EXAMPLES.map((example) => [example.title, example] as const))(
    'when "%s" runs against the API, then it answers data without errors',
    async (_title, example) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: example.query, variables: example.variables ?? {} }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      expect(body.data).toBeTruthy();
    },
  );
});
