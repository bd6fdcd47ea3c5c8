import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { REPO_ROOT } from '../../src/paths';
import {
  findChromium,
  inflateNpmChromium,
  NPM_CHROMIUM_PACKAGE,
  NPM_CHROMIUM_PACKAGE_NODE20,
  npmChromiumPackage,
  npmChromiumRoot,
} from './harness';

const onLinuxX64 = process.platform === 'linux' && process.arch === 'x64';

describe('the Chromium the browser tests drive', () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'find-chromium-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  /** A stand-in for the npm package: its package.json and a brotli-compressed "binary". */
  function fakePackage(version: string, content: string): string {
    const root = path.join(scratch, `pkg-${version}`);
    mkdirSync(path.join(root, 'bin'), { recursive: true });
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ version }));
    writeFileSync(path.join(root, 'bin', 'chromium.br'), brotliCompressSync(content));
    return root;
  }

  it('when CHROMIUM_PATH names a file, then that file is used before any other', async () => {
    const binary = path.join(scratch, 'my-chrome');
    writeFileSync(binary, '');
    await expect(findChromium({ CHROMIUM_PATH: binary })).resolves.toBe(binary);
  });

  it('when CHROMIUM_PATH names nothing, then it says so instead of falling back', async () => {
    const missing = path.join(scratch, 'nothing-here');
    await expect(findChromium({ CHROMIUM_PATH: missing })).rejects.toThrow(
      `CHROMIUM_PATH=${missing}: no such file`,
    );
  });

  it('inflates the packaged binary once per package version, executable, leaving no partial file', async () => {
    const cache = path.join(scratch, 'cache');
    const first = await inflateNpmChromium(fakePackage('1.0.0', 'chromium one'), cache);
    expect(first).toBe(path.join(cache, 'chromium-1.0.0', 'chromium'));
    expect(readFileSync(first, 'utf8')).toBe('chromium one');
    expect(readdirSync(path.dirname(first))).toEqual(['chromium']);
    expect(statSync(first).mode & 0o100).toBe(0o100); // the owner may execute it

    // A second call reuses the inflated file; a new version gets its own.
    expect(await inflateNpmChromium(fakePackage('1.0.0', 'changed'), cache)).toBe(first);
    expect(readFileSync(first, 'utf8')).toBe('chromium one');
    const second = await inflateNpmChromium(fakePackage('2.0.0', 'chromium two'), cache);
    expect(readFileSync(second, 'utf8')).toBe('chromium two');
  });

  it('takes the current npm package where its engines allow, its 143 alias on every other Node', () => {
    expect(npmChromiumPackage('20.19.0')).toBe(NPM_CHROMIUM_PACKAGE_NODE20);
    expect(npmChromiumPackage('20.20.2')).toBe(NPM_CHROMIUM_PACKAGE_NODE20);
    expect(npmChromiumPackage('22.16.0')).toBe(NPM_CHROMIUM_PACKAGE_NODE20);
    expect(npmChromiumPackage('22.17.0')).toBe(NPM_CHROMIUM_PACKAGE);
    expect(npmChromiumPackage('23.11.1')).toBe(NPM_CHROMIUM_PACKAGE_NODE20);
    expect(npmChromiumPackage('24.0.0')).toBe(NPM_CHROMIUM_PACKAGE);
    expect(npmChromiumPackage('26.1.0')).toBe(NPM_CHROMIUM_PACKAGE);
  });

  it('chooses by the engines the lock records: a release that asks for others must change the choice too', () => {
    const lock = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string } }>;
    };
    expect(lock.packages[`node_modules/${NPM_CHROMIUM_PACKAGE}`]?.engines?.node).toBe(
      '^22.17.0 || >=24.0.0',
    );
    expect(lock.packages[`node_modules/${NPM_CHROMIUM_PACKAGE_NODE20}`]?.engines?.node).toBe(
      '>=20.11.0',
    );
  });

  (onLinuxX64 ? it : it.skip)(
    'on this machine, the Chromium found is the one of the package for the running Node',
    async () => {
      const root = npmChromiumRoot(npmChromiumPackage());
      if (!root) throw new Error(`${npmChromiumPackage()} is not installed: run npm ci`);
      const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
        version: string;
      };
      await expect(findChromium({})).resolves.toBe(
        path.join(REPO_ROOT, 'node_modules', '.cache', `chromium-${version}`, 'chromium'),
      );
    },
  );

  it('on this machine, one is found and starts headless', async () => {
    const browser = await chromium.launch({
      executablePath: await findChromium(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      await page.setContent('<title>started</title>');
      expect(await page.title()).toBe('started');
    } finally {
      await browser.close();
    }
  });
});
