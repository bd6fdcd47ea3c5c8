import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { REPO_ROOT } from '../../src/paths';

/**
 * Every relative link and image of the README and of docs/ resolves: the file exists, and an
 * `#anchor` names a heading of its page (GitHub's anchors: lowercase, punctuation dropped, spaces
 * as hyphens, a repeated heading suffixed -1, -2 …).
 */
const markdown = new MarkdownIt();
type Token = ReturnType<typeof markdown.parse>[number];

const PAGES = [
  'README.md',
  ...readdirSync(path.join(REPO_ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

function githubAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

function tokensOf(file: string): Token[] {
  return markdown.parse(readFileSync(path.join(REPO_ROOT, file), 'utf8'), {});
}

function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const tokens = tokensOf(file);
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const text = (tokens[i + 1]?.children ?? [])
      .filter((c) => c.type === 'text' || c.type === 'code_inline')
      .map((c) => c.content)
      .join('');
    const base = githubAnchor(text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  });
  return anchors;
}

function linksOf(file: string): string[] {
  const links: string[] = [];
  for (const child of tokensOf(file).flatMap((t) => t.children ?? [])) {
    const target =
      child.type === 'link_open'
        ? child.attrGet('href')
        : child.type === 'image'
          ? child.attrGet('src')
          : null;
    if (typeof target === 'string' && target) links.push(target);
  }
  return links;
}

function broken(file: string, link: string): string | null {
  if (/^[a-z][a-z+.-]*:/i.test(link)) return null; // http:, https:, mailto: … are not ours to check
  const [target = '', anchor] = link.split('#');
  const resolved = target
    ? path.join(path.dirname(path.join(REPO_ROOT, file)), decodeURI(target))
    : path.join(REPO_ROOT, file);
  if (!existsSync(resolved)) return `${file}: ${link} (no such file)`;
  if (anchor === undefined || anchor === '') return null;
  if (statSync(resolved).isDirectory() || !resolved.endsWith('.md')) return null;
  const page = path.relative(REPO_ROOT, resolved);
  return anchorsOf(page).has(anchor) ? null : `${file}: ${link} (no heading #${anchor} in ${page})`;
}

describe('links in the README and docs/', () => {
  it('turns headings into the anchors GitHub gives them', () => {
    expect(githubAnchor("6. How does this career's pay compare?")).toBe(
      '6-how-does-this-careers-pay-compare',
    );
    expect(githubAnchor('Pay over $60,000 (and `first`)')).toBe('pay-over-60000-and-first');
  });

  it('every relative link and image resolves, anchors included', () => {
    expect(PAGES.length).toBeGreaterThan(5);
    const links = PAGES.flatMap((file) => linksOf(file).map((link) => ({ file, link })));
    expect(links.length).toBeGreaterThan(30);
    expect(links.map(({ file, link }) => broken(file, link)).filter(Boolean)).toEqual([]);
  });

  it('the README stays a door: at most about 300 lines', () => {
    const lines = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8').split('\n').length;
    expect(lines).toBeLessThanOrEqual(300);
  });
});
