import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import {
  BUNDLE_MISSING_MESSAGE,
  CONTENT_SECURITY_POLICY,
  mountWebApp,
} from '../../src/web/web-app';

/** Serves mountWebApp over a throwaway bundle folder, without the API or the database. */
async function serve(distDir: string): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  mountWebApp(app, { distDir });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

describe('mountWebApp', () => {
  it('when the bundle was never built, then pages answer 503 naming the build command', async () => {
    const server = await serve(path.join(os.tmpdir(), 'no-such-web-bundle'));
    try {
      for (const page of ['/', '/graph/medical-records-specialists']) {
        const response = await fetch(`${server.url}${page}`);
        expect(response.status).toBe(503);
        expect(await response.text()).toBe(BUNDLE_MISSING_MESSAGE);
      }
    } finally {
      await server.close();
    }
  });

  describe('with a bundle', () => {
    let server: { url: string; close(): Promise<void> };

    beforeAll(async () => {
      const dist = mkdtempSync(path.join(os.tmpdir(), 'web-bundle-'));
      mkdirSync(path.join(dist, 'assets'));
      writeFileSync(path.join(dist, 'index.html'), '<title>ide</title>');
      writeFileSync(path.join(dist, 'graph.html'), '<title>graph</title>');
      writeFileSync(path.join(dist, 'assets', 'ide-AbC123.js'), 'export {};');
      server = await serve(dist);
    });

    afterAll(async () => {
      await server.close();
    });

    it('when a page is fetched, then it is revalidated and locked to our origin by CSP', async () => {
      for (const [page, title] of [
        ['/', 'ide'],
        ['/graph/registered-nurses', 'graph'],
      ] as const) {
        const response = await fetch(`${server.url}${page}`);
        expect(response.status).toBe(200);
        expect(await response.text()).toContain(title);
        expect(response.headers.get('cache-control')).toBe('no-cache');
        expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      }
    });

    it('when the CSP is read, then scripts, workers and connections are same-origin only', () => {
      const directives = new Map(
        CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
      );
      expect(directives.get('default-src')).toEqual(["'none'"]);
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('worker-src')).toEqual(["'self'"]);
      expect(directives.get('connect-src')).toEqual(["'self'"]);
      expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    });

    it('when a hashed asset is fetched, then it is cached for a year as immutable', async () => {
      const response = await fetch(`${server.url}/assets/ide-AbC123.js`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-type')).toMatch(/javascript/);
    });

    it('when an asset or a slug does not exist or is malformed, then it is a plain 404', async () => {
      expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
      expect((await fetch(`${server.url}/graph/Not_A_Slug`)).status).toBe(404);
    });
  });
});
