import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/paths';
import { startServer, type RunningServer } from '../../src/server';
import { BUNDLE_MISSING_MESSAGE, WEB_DIST_DIR } from '../../src/web/web-app';
import { createTestRunner, type TestDb } from '../helpers/test-db';

/** Debian's Chromium; tests never download a browser of their own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
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

/** The real API over the seeded test graph, on a free port. */
export async function startWebServer(): Promise<WebServer> {
  const db: TestDb = await createTestRunner();
  let server: RunningServer;
  try {
    server = await startServer({ port: 0, runner: db.runner });
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
export function useGuardedBrowser(): GuardedBrowser {
  let server: WebServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let network: NetworkLog | undefined;

  beforeAll(async () => {
    assertBundleBuilt();
    server = await startWebServer();
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
