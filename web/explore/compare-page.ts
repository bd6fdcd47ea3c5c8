import './career-page.css';
import { request } from './api';
import { dataTable, errorMessage, h, link, notice, section, sourceLink } from './career-dom';
import { CAREER_SEARCH_QUERY, CAREER_TITLES_QUERY, COMPARE_QUERY } from './career-queries';
import type { CareerRef, ComparedMetric, Comparison } from './career-types';
import { careerPath, comparePath, count, licensureName, money, percent } from './format';

/**
 * Compare, /explore/compare?slugs=a,b[,c]: two or three careers side by side (the API's
 * `compare`), each figure with its gap to the first, and what each career asks that another
 * does not (`compare { gaps }`). Careers are picked with a search box or arrive by link; the
 * slugs are checked against the graph's careers first, so an unknown one is named rather than
 * failing the whole comparison.
 */

export const MAX_COMPARED = 3;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const METRICS: readonly { metric: ComparedMetric; label: string }[] = [
  { metric: 'MEDIAN_PAY', label: 'Median annual pay' },
  { metric: 'MEDIAN_HOURLY_PAY', label: 'Median hourly pay' },
  { metric: 'JOBS_2024', label: 'Jobs (2024)' },
  { metric: 'PROJECTED_GROWTH', label: 'Projected growth 2024–34' },
  { metric: 'ANNUAL_OPENINGS', label: 'Openings a year' },
  { metric: 'ENTRY_EDUCATION_RANK', label: 'Typical entry education' },
];

const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

function formatValue(metric: ComparedMetric, value: number, floor: boolean): string {
  switch (metric) {
    case 'MEDIAN_PAY':
      return money(value, floor);
    case 'MEDIAN_HOURLY_PAY':
      return `${floor ? '≥ ' : ''}${cents.format(value)}`;
    case 'PROJECTED_GROWTH':
      return percent(value);
    default:
      return count(value);
  }
}

function formatGap(metric: ComparedMetric, diff: number): string {
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  const size = Math.abs(diff);
  switch (metric) {
    case 'MEDIAN_PAY':
      return `${sign}${money(size)}`;
    case 'MEDIAN_HOURLY_PAY':
      return `${sign}${cents.format(size)}`;
    case 'PROJECTED_GROWTH':
      return `${sign}${count(Math.round(size * 10) / 10)} points`;
    case 'ENTRY_EDUCATION_RANK':
      return `${sign}${size} ${size === 1 ? 'level' : 'levels'}`;
    default:
      return `${sign}${count(size)}`;
  }
}

/** The slugs of a link, checked: the ones to compare, and what was wrong with the rest. */
export function checkSlugs(
  slugs: readonly string[],
  known: ReadonlyMap<string, string>,
): { use: string[]; problems: string[] } {
  const use: string[] = [];
  const problems: string[] = [];
  for (const slug of slugs) {
    if (!SLUG.test(slug))
      problems.push(`“${slug}” is not a career slug (lower-case words joined by hyphens).`);
    else if (!known.has(slug)) problems.push(`No career has the slug “${slug}”.`);
    else if (use.includes(slug))
      problems.push(`“${known.get(slug)}” was given twice; it is shown once.`);
    else if (use.length >= MAX_COMPARED)
      problems.push(
        `At most ${MAX_COMPARED} careers side by side: “${known.get(slug)}” is left out.`,
      );
    else use.push(slug);
  }
  return { use, problems };
}

/**
 * Adding or removing a career redraws the page; the keyboard focus, whose button is gone, goes
 * back to the search box (or, when it is disabled, to the list of careers compared).
 */
function navigate(root: HTMLElement, slugs: string[]): void {
  window.history.pushState(null, '', comparePath(slugs));
  void renderComparePage(root, slugs).then(() => {
    const search = root.querySelector<HTMLInputElement>('#compare-search');
    if (search && !search.disabled) search.focus();
    else root.querySelector<HTMLElement>('.chosen a')?.focus();
  });
}

function picker(root: HTMLElement, chosen: CareerRef[]): HTMLElement {
  const slugs = chosen.map((c) => c.slug);
  const chips = h(
    'ul',
    { className: 'chosen', attrs: { 'aria-label': 'Careers compared' } },
    chosen.map((c, i) => {
      const remove = h('button', {
        text: 'Remove',
        className: 'secondary small',
        attrs: { type: 'button', 'aria-label': `Remove ${c.title}` },
      });
      remove.addEventListener('click', () =>
        navigate(
          root,
          slugs.filter((s) => s !== c.slug),
        ),
      );
      return h('li', { attrs: { 'data-slug': c.slug } }, [
        link(careerPath(c.slug), c.title),
        i === 0 ? h('span', { className: 'badge', text: 'baseline' }) : null,
        ' ',
        remove,
      ]);
    }),
  );
  const full = chosen.length >= MAX_COMPARED;
  const input = h('input', {
    id: 'compare-search',
    attrs: {
      type: 'search',
      name: 'text',
      autocomplete: 'off',
      'aria-describedby': 'compare-search-hint',
    },
  });
  input.disabled = full;
  const results = h('ul', {
    className: 'search-results',
    id: 'compare-search-results',
    attrs: { 'aria-live': 'polite' },
  });
  const form = h('form', { className: 'compare-search', attrs: { role: 'search' } }, [
    h('label', { text: 'Add a career', attrs: { for: 'compare-search' } }),
    h('div', { className: 'search-row' }, [
      input,
      h('button', { text: 'Search', attrs: { type: 'submit' } }),
    ]),
    h('p', {
      id: 'compare-search-hint',
      className: 'hint',
      text: full
        ? `${MAX_COMPARED} careers are shown: remove one to add another.`
        : 'Type a few words of a title, e.g. “nurse” or “records”.',
    }),
    results,
  ]);
  if (full) form.querySelector('button[type=submit]')?.setAttribute('disabled', '');

  let timer: number | undefined;
  let asked = 0;
  const search = async (): Promise<void> => {
    const text = input.value.trim();
    const ticket = ++asked;
    if (text.length < 2) {
      results.replaceChildren();
      return;
    }
    try {
      const data = await request<{ search: { id: string; title: string; type: string }[] }>(
        CAREER_SEARCH_QUERY,
        { text },
      );
      if (ticket !== asked) return; // a later keystroke's answer wins
      const hits = data.search.filter((hit) => hit.type === 'CAREER' && !slugs.includes(hit.id));
      results.replaceChildren(
        ...(hits.length === 0
          ? [h('li', { text: `No career matches “${text}”.` })]
          : hits.map((hit) => {
              const add = h('button', {
                text: `Add ${hit.title}`,
                className: 'secondary',
                attrs: { type: 'button', 'data-slug': hit.id },
              });
              add.addEventListener('click', () => navigate(root, [...slugs, hit.id]));
              return h('li', {}, [add]);
            })),
      );
    } catch (error) {
      if (ticket === asked)
        results.replaceChildren(h('li', { text: `Search failed: ${errorMessage(error)}` }));
    }
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void search(), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void search();
  });
  return h('div', { className: 'compare-picker-block' }, [chips, form]);
}

function figuresTable(data: Comparison): HTMLElement {
  const careers = data.careers;
  const byMetric = new Map(data.metrics.map((m) => [m.metric, m]));
  const rows = METRICS.map(({ metric, label }) => {
    const found = byMetric.get(metric);
    const cells = careers.map((c, i) => {
      const v = found?.values.find((value) => value.slug === c.slug);
      if (!v || v.value === null) return 'not published';
      const shown =
        metric === 'ENTRY_EDUCATION_RANK'
          ? (c.entryEducation?.name ?? count(v.value))
          : formatValue(metric, v.value, v.isLowerBound);
      const gap =
        i === 0 || v.differenceFromFirst === null
          ? null
          : h('span', {
              className: 'gap',
              text: ` (${formatGap(metric, v.differenceFromFirst)})`,
            });
      return h('span', { attrs: { 'data-metric': metric, 'data-slug': c.slug } }, [shown, gap]);
    });
    return [label, ...cells];
  });
  rows.push(['Licensure', ...careers.map((c) => licensureName(c.licensure))]);
  return dataTable(
    `Figures side by side; in brackets, the gap to ${careers[0]?.title ?? 'the first career'}`,
    ['Figure', ...careers.map((c) => c.title)],
    rows,
  );
}

function gapsSection(data: Comparison): HTMLElement {
  const items = data.gaps.map((gap) => {
    const parts: HTMLElement[] = [];
    if (gap.education)
      parts.push(
        h('li', { attrs: { 'data-gap': 'education' } }, [
          h('strong', { text: 'Education: ' }),
          gap.education.name,
        ]),
      );
    if (gap.license)
      parts.push(
        h('li', { attrs: { 'data-gap': 'license' } }, [
          h('strong', { text: 'Licence: ' }),
          'a licence the other does not need',
        ]),
      );
    if (gap.credentials.length > 0)
      parts.push(
        h('li', { attrs: { 'data-gap': 'credentials' } }, [
          h('strong', { text: 'Credentials: ' }),
          gap.credentials
            .map((c) => (c.acronym && c.acronym !== c.name ? `${c.name} (${c.acronym})` : c.name))
            .join('; '),
        ]),
      );
    if (gap.traits.length > 0)
      parts.push(
        h('li', { attrs: { 'data-gap': 'traits' } }, [
          h('strong', { text: 'Traits: ' }),
          gap.traits.map((t) => t.name).join(', '),
        ]),
      );
    return h(
      'li',
      {
        className: 'gap-pair',
        attrs: { 'data-career': gap.career.slug, 'data-compared-with': gap.comparedWith.slug },
      },
      [
        h('h3', { text: `What ${gap.career.title} asks that ${gap.comparedWith.title} does not` }),
        parts.length > 0
          ? h('ul', { className: 'gap-list' }, parts)
          : h('p', { text: 'Nothing beyond what the other asks.' }),
      ],
    );
  });
  return section('gaps', 'The gaps', [
    h('p', {
      className: 'lead',
      text: 'For each pair: the entry education when higher, a licence the other does not need, credentials it requires or prefers that the other does not list, and traits the other lacks.',
    }),
    h('ul', { className: 'gaps' }, items),
  ]);
}

function sharedSection(data: Comparison): HTMLElement {
  const line = (label: string, items: { name: string }[]): HTMLElement =>
    h('p', {}, [
      h('strong', { text: `${label}: ` }),
      items.length === 0 ? 'none' : items.map((i) => i.name).join(', '),
    ]);
  return section('shared', 'What they all share', [
    line('Settings', data.sharedSettings),
    line('Credentials', data.sharedCredentials),
    line('Traits', data.sharedTraits),
  ]);
}

let listening = false;
function listenForHistory(root: HTMLElement): void {
  if (listening) return;
  listening = true;
  window.addEventListener('popstate', () => {
    if (window.location.pathname.replace(/\/+$/, '') !== '/explore/compare') return;
    const slugs = (new URLSearchParams(window.location.search).get('slugs') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    void renderComparePage(root, slugs);
  });
}

export async function renderComparePage(root: HTMLElement, slugs: string[]): Promise<void> {
  listenForHistory(root);
  const page = h('article', { className: 'compare-page', attrs: { 'data-state': 'loading' } }, [
    h('h1', { text: 'Compare careers' }),
    h('p', { text: 'Loading…' }),
  ]);
  root.replaceChildren(page);
  document.title = 'Compare careers · Explorer';
  let known: Map<string, string>;
  try {
    const titles = await request<{ careers: { edges: { node: CareerRef }[] } }>(
      CAREER_TITLES_QUERY,
    );
    known = new Map(titles.careers.edges.map((e) => [e.node.slug, e.node.title]));
  } catch (error) {
    page.replaceChildren(
      h('h1', { text: 'Compare careers' }),
      notice(`The careers could not be loaded: ${errorMessage(error)}`, true),
    );
    page.dataset.state = 'error';
    return;
  }
  const { use, problems } = checkSlugs(slugs, known);
  const chosen = use.map((slug) => ({ slug, title: known.get(slug) ?? slug }));
  const body: (HTMLElement | null)[] = [
    h('h1', { text: 'Compare careers' }),
    h('p', {
      className: 'lead',
      text: 'Two or three careers side by side: their figures, and what each asks that another does not.',
    }),
    ...problems.map((p) => notice(p, true)),
    picker(root, chosen),
  ];
  if (use.length < 2) {
    body.push(
      notice(
        use.length === 0
          ? 'Pick two or three careers to compare.'
          : 'Pick at least one more career to compare.',
      ),
    );
    page.replaceChildren(...body.filter((b): b is HTMLElement => b !== null));
    page.dataset.state = problems.length > 0 ? 'error' : 'ready';
    return;
  }
  document.title = `${chosen.map((c) => c.title).join(' vs ')} · Explorer`;
  try {
    const data = (await request<{ compare: Comparison }>(COMPARE_QUERY, { slugs: use })).compare;
    body.push(
      section('figures', 'Figures', [
        figuresTable(data),
        h('p', { className: 'hint' }, [
          'Sources: ',
          ...data.careers.flatMap((c, i) => [
            i > 0 ? ' · ' : '',
            sourceLink(c.oohUrl, `OOH: ${c.title}`),
          ]),
        ]),
      ]),
      gapsSection(data),
      sharedSection(data),
    );
    page.replaceChildren(...body.filter((b): b is HTMLElement => b !== null));
    page.dataset.state = problems.length > 0 ? 'partial' : 'ready';
  } catch (error) {
    body.push(notice(`The comparison could not be made: ${errorMessage(error)}`, true));
    page.replaceChildren(...body.filter((b): b is HTMLElement => b !== null));
    page.dataset.state = 'error';
  }
}
