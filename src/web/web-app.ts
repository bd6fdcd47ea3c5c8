import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { REPO_ROOT } from '../paths';
import { sendJsonError } from '../api/limits/http-errors';
import { ERROR_CODES } from '../errors';

/** Where `npm run build:web` (vite, see web/vite.config.mts) writes the pages and their assets. */
export const WEB_DIST_DIR = path.join(REPO_ROOT, 'dist', 'web');

export const BUNDLE_MISSING_MESSAGE = 'web bundle not built: run npm run build:web';

/**
 * Every script, style, font and worker comes from our own origin, so 'self' is the whole list,
 * with two exceptions found by running the IDE under this policy:
 * - style-src 'unsafe-inline': Monaco and GraphiQL's UI libraries inject <style> elements at run
 *   time (Monaco's theme colours, codicon rules, radix/framer-motion). Scripts stay strict, so this
 *   lets no code run; it only lets a page already under our control restyle itself.
 * - data: for fonts and images: GraphiQL's CSS embeds its fonts and icons as data: URLs.
 * Monaco's workers are bundled files under /assets (never blob: URLs), so worker-src is 'self',
 * and no eval is needed anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function setSecurityHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

/**
 * Serves one of the built HTML pages. Pages are revalidated on every load (they name the hashed
 * assets of the current build); a missing bundle is a deployment step not yet run, so it answers
 * 503 with the command to run instead of an opaque 404 or a crash.
 */
function page(distDir: string, file: string) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    setSecurityHeaders(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(distDir, file), { dotfiles: 'deny', lastModified: true }, (error) => {
      if (!error) return;
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !res.headersSent) {
        res.status(503).type('text/plain').send(BUNDLE_MISSING_MESSAGE);
        return;
      }
      next(error);
    });
  };
}

/** Career slugs are kebab-case; anything else is no page at all, answered before the bundle. */
function kebabSlug(req: Request, res: Response, next: NextFunction): void {
  if (SLUG.test(String(req.params.slug))) return next();
  setSecurityHeaders(res);
  sendJsonError(res, 404, ERROR_CODES.NOT_FOUND, 'No such career page: slugs are kebab-case.');
}

export interface WebAppOptions {
  /** The built bundle; tests point it elsewhere to check the missing-bundle answer. */
  distDir?: string;
}

/**
 * Mounts the GraphQL IDE at `/`, the career picture at `/graph/<slug>`, the explorer at
 * `/explore`, `/explore/career/<slug>` and `/explore/compare`, and their assets at `/assets`. Call before the GraphQL middleware; nothing here touches `/graphql`.
 */
export function mountWebApp(app: Express, options: WebAppOptions = {}): void {
  const distDir = options.distDir ?? WEB_DIST_DIR;
  app.get('/', page(distDir, 'index.html'));
  app.get('/graph/:slug', kebabSlug, page(distDir, 'graph.html'));
  // The explorer is one page that routes itself by location (web/explore/main.ts).
  const explorer = page(distDir, 'explore.html');
  app.get('/explore', explorer);
  app.get('/explore/career/:slug', kebabSlug, explorer);
  app.get('/explore/compare', explorer);
  app.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), {
      // File names carry a content hash, so a year-long immutable cache can never serve stale code.
      immutable: true,
      maxAge: '365d',
      index: false,
      redirect: false,
      dotfiles: 'deny',
      setHeaders: (res) => setSecurityHeaders(res),
    }),
    (_req: Request, res: Response) => {
      setSecurityHeaders(res);
      sendJsonError(res, 404, ERROR_CODES.NOT_FOUND, 'No such asset.');
    },
  );
}
