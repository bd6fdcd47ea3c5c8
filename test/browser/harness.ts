import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/paths';
import { startServer, type RunningServer } from '../../src/server';
import { BUNDLE_MISSING_MESSAGE, WEB_DIST_DIR } from '../../src/web/web-app';
import { createTestRunner, type TestDb } from '../helpers/test-db';

/** Debian's Chromium, for machines where it is installed (apt-get install chromium). */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The npm package whose Chromium `npm install` brings (a headless shell for Linux x64). */
export const NPM_CHROMIUM_PACKAGE = '@sparticuz/chromium';

/**
 * Its 143 release under an npm alias, for Node 20: later releases ask for Node ^22.17.0 || >=24,
 * so package.json lists the current one as an optional dependency, which npm skips on any other
 * Node, and this one as a plain devDependency.
 */
export const NPM_CHROMIUM_PACKAGE_NODE20 = '@sparticuz/chromium-node20';

/** Which of the two the given Node gets: the current release wherever its engines allow. */
export function npmChromiumPackage(nodeVersion: string = process.versions.node): string {
  const [major = 0, minor = 0] = nodeVersion.split('.').map(Number);
  const current = major >= 24 || (major === 22 && minor >= 17);
  return current ? NPM_CHROMIUM_PACKAGE : NPM_CHROMIUM_PACKAGE_NODE20;
}

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-artifacts', 'screenshots');

const WEB_SOURCES = path.join(REPO_ROOT, 'web');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

/**
 * The browser tests exercise the built bundle, as users get it; a missing or stale one would make
 * them test something else, so they stop here with the command that fixes it.
 */
export function assertBundleBuilt(): void {
  const index = path.join(WEB_DIST_DIR, 'index.html');
  if (!existsSync(index)) throw new Error(BUNDLE_MISSING_MESSAGE);
  if (newestMtime(WEB_SOURCES) > statSync(index).mtimeMs) {
    throw new Error('web bundle older than web/: run npm run build:web');
  }
}

/** The named package's root folder, or undefined where it is not installed. */
export function npmChromiumRoot(packageName: string): string | undefined {
  try {
    // Node's own resolver (not jest's), so NODE_PATH and hoisting work as they do for npm.
    const entry = createRequire(__filename).resolve(packageName);
    // Its exports map hides package.json, and build/cjs/ has a package.json of its own.
    for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, 'bin', 'chromium.br'))) return dir;
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/**
 * The package ships Chromium brotli-compressed; it is inflated once per package version into
 * node_modules/.cache. The package's own executablePath() would inflate into the shared /tmp,
 * where a binary of another version or one half-written by a parallel jest worker would be
 * taken as it is; here the file is written under a private name and renamed into place.
 */
export async function inflateNpmChromium(packageRoot: string, cacheRoot: string): Promise<string> {
  const { version } = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  const dir = path.join(cacheRoot, `chromium-${version}`);
  const binary = path.join(dir, 'chromium');
  if (existsSync(binary)) return binary;
  mkdirSync(dir, { recursive: true });
  const partial = `${binary}.${process.pid}.partial`;
  try {
    await pipeline(
      createReadStream(path.join(packageRoot, 'bin', 'chromium.br')),
      createBrotliDecompress(),
      createWriteStream(partial, { mode: 0o755 }),
    );
    renameSync(partial, binary);
  } finally {
    rmSync(partial, { force: true });
  }
  return binary;
}

export const NO_CHROMIUM_MESSAGE =
  `no Chromium for the browser tests: npm install brings ${NPM_CHROMIUM_PACKAGE} (Linux x64; ` +
  `on Node 20 ${NPM_CHROMIUM_PACKAGE_NODE20}, so run npm ci again after changing Node); ` +
  `elsewhere set CHROMIUM_PATH to a Chromium or Chrome binary, or apt-get install -y chromium`;

/**
 * The browser the tests drive, first found of: CHROMIUM_PATH; the Chromium that `npm install`
 * brings for the running Node (so a fresh Linux x64 machine needs nothing more); Debian's. None
 * is ever downloaded.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const override = env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH=${override}: no such file`);
    return override;
  }
  const packageRoot = npmChromiumRoot(npmChromiumPackage());
  // The package's binary is built for Linux x64 only.
  if (packageRoot && process.platform === 'linux' && process.arch === 'x64') {
    return inflateNpmChromium(packageRoot, path.join(REPO_ROOT, 'node_modules', '.cache'));
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  throw new Error(NO_CHROMIUM_MESSAGE);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export interface WebServer {
  url: string;
  stop(): Promise<void>;
}

/** What a browser test may set on the server beside the defaults. */
export type WebServerOptions = Pick<Parameters<typeof startServer>[0], 'neo4jBrowserUrl'>;

/** The real API over the seeded test graph, on a free port. */
export async function startWebServer(options: WebServerOptions = {}): Promise<WebServer> {
  const db: TestDb = await createTestRunner();
  let server: RunningServer;
  try {
    server = await startServer({ port: 0, runner: db.runner, ...options });
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

/** data: and blob: URLs never leave the page; everything else must stay on the loopback. */
export function isLocalUrl(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  return ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
}

export interface NetworkLog {
  /** Every request any page or worker of the context made, in order. */
  requests: string[];
  /** The ones that would have left the machine; each was aborted before it went out. */
  foreign: string[];
}

/**
 * Records every request of the context (pages and their workers alike) and aborts those that are
 * not local. Aborting alone would hide a page that depends on the internet, so the attempts are
 * kept for the test to assert on.
 */
export async function guardNetwork(context: BrowserContext): Promise<NetworkLog> {
  const log: NetworkLog = { requests: [], foreign: [] };
  context.on('request', (request) => {
    log.requests.push(request.url());
    if (!isLocalUrl(request.url())) log.foreign.push(request.url());
  });
  await context.route('**/*', (route) =>
    isLocalUrl(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  return log;
}

/** The IDE's licensure example: the one the browser tests run. */
export const LICENSURE_EXAMPLE = 'Careers without licensure requirements';

/**
 * Opens the licensure example from the IDE's Examples panel and runs it, as a user would: it
 * waits for the example to be in the editor before pressing run.
 */
export async function runLicensureExample(page: Page): Promise<void> {
  await page.getByRole('button', { name: LICENSURE_EXAMPLE, exact: true }).click();
  await page
    .locator('.graphiql-query-editor')
    .filter({ hasText: 'CareersWithoutLicensure' })
    .waitFor();
  await page.locator('.graphiql-execute-button').click();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** What a browser test works with: the API with the web app, a fresh page, its network log. */
export interface GuardedBrowser {
  readonly server: WebServer;
  readonly page: Page;
  readonly network: NetworkLog;
}

/**
 * Registers the usual hooks of a browser test file: server and browser once per file, and for
 * every test a fresh context whose non-local requests are recorded and blocked.
 */
export function useGuardedBrowser(
  options: WebServerOptions | (() => WebServerOptions) = {},
): GuardedBrowser {
  let server: WebServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let network: NetworkLog | undefined;

  beforeAll(async () => {
    assertBundleBuilt();
    // A function when the options are known only once an earlier beforeAll has run.
    server = await startWebServer(typeof options === 'function' ? options() : options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('browser not started');
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    network = await guardNetwork(context);
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useGuardedBrowser: no ${what} outside a test`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'server');
    },
    get page() {
      return ready(page, 'page');
    },
    get network() {
      return ready(network, 'network log');
    },
  };
}
