import './explore.css';
import { ApiError } from './api';

/**
 * The explorer's router: one bundle entry (explore.html) serves /explore, /explore/career/<slug>
 * and /explore/compare (the server sends the same page for all three). Each page is its own
 * module, loaded on demand, so the first load of /explore carries none of the other pages' code.
 */
export type Route =
  | { page: 'careers' }
  | { page: 'career'; slug: string }
  | { page: 'compare'; slugs: string[] }
  | { page: 'unknown' };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function routeOf(pathname: string, search: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/explore') return { page: 'careers' };
  const career = /^\/explore\/career\/([^/]+)$/.exec(path);
  if (career?.[1] !== undefined) {
    const slug = decodeURIComponent(career[1]);
    return SLUG.test(slug) ? { page: 'career', slug } : { page: 'unknown' };
  }
  if (path === '/explore/compare') {
    const slugs = (new URLSearchParams(search).get('slugs') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    return { page: 'compare', slugs };
  }
  return { page: 'unknown' };
}

function showError(root: HTMLElement, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const box = document.createElement('div');
  box.className = 'notice notice-error';
  box.setAttribute('role', 'alert');
  const title = document.createElement('strong');
  title.textContent = error instanceof ApiError ? 'The API refused: ' : 'Something went wrong: ';
  box.append(title, message);
  root.replaceChildren(box);
}

async function render(root: HTMLElement): Promise<void> {
  const route = routeOf(window.location.pathname, window.location.search);
  switch (route.page) {
    case 'careers':
      return import('./careers-page').then((m) => m.renderCareersPage(root));
    case 'career':
      return import('./career-page').then((m) => m.renderCareerPage(root, route.slug));
    case 'compare':
      return import('./compare-page').then((m) => m.renderComparePage(root, route.slugs));
    case 'unknown': {
      const p = document.createElement('p');
      p.className = 'notice notice-error';
      p.setAttribute('role', 'alert');
      p.textContent = 'No such explorer page. ';
      const back = document.createElement('a');
      back.href = '/explore';
      back.textContent = 'Back to all careers';
      p.append(back);
      root.replaceChildren(p);
      return;
    }
  }
}

const root = document.getElementById('explore-main');
if (!root) throw new Error('explore.html lacks the #explore-main container');
render(root).catch((error: unknown) => showError(root, error));
