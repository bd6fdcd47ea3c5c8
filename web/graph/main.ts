import './graph.css';
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { postGraphQL } from '../shared/graphql-client';
import {
  NEIGHBOURHOOD_QUERY,
  careerNodeId,
  enumWords,
  toElements,
  type Neighbourhood,
  type NodeData,
} from './neighbourhood';
import { GRAPH_STYLE, KIND_COLOURS } from './style';

declare global {
  interface Window {
    /** The drawn graph, exposed so browser tests can read what was drawn without OCR. */
    __cy?: Core;
  }
}

const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const moneyCents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const count = new Intl.NumberFormat('en-US');

function graphPath(slug: string): string {
  return `/graph/${encodeURIComponent(slug)}`;
}

/** The slug is the last path segment of `/graph/<slug>`; the server routes nothing deeper here. */
function slugFromLocation(): string {
  const segment = window.location.pathname.replace(/\/+$/, '').split('/').pop() ?? '';
  return decodeURIComponent(segment);
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string } = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

function link(href: string, text: string, external = false): HTMLAnchorElement {
  const anchor = element('a', { text });
  anchor.href = href;
  if (external) {
    anchor.target = '_blank';
    anchor.rel = 'noopener noreferrer';
  }
  return anchor;
}

function formatPay(career: Neighbourhood): string {
  const pay = career.medianPay;
  if (!pay || (pay.annual === null && pay.hourly === null)) return 'not published';
  const prefix = pay.isLowerBound ? 'at least ' : '';
  const parts = [
    pay.annual === null ? null : `${money.format(pay.annual)} a year`,
    pay.hourly === null ? null : `${moneyCents.format(pay.hourly)} an hour`,
  ].filter((part): part is string => part !== null);
  return prefix + parts.join(', ');
}

function formatGrowth(career: Neighbourhood): string {
  if (career.projectedGrowthPct === null) return 'not published';
  const pct = `${career.projectedGrowthPct > 0 ? '+' : ''}${career.projectedGrowthPct}% (2024–34)`;
  const versus = career.growthVsNationalAverage;
  const national = versus ? `; national average ${versus.nationalPct}%` : '';
  const words = career.growthDescription ? `, ${career.growthDescription.toLowerCase()}` : '';
  return pct + words + national;
}

function facts(entries: [string, string][]): HTMLDListElement {
  const list = element('dl', { className: 'facts' });
  for (const [term, value] of entries) {
    list.append(element('dt', { text: term }), element('dd', { text: value }));
  }
  return list;
}

function neighbourCareers(career: Neighbourhood): { slug: string; title: string }[] {
  const all = [
    ...career.advancesTo.map((step) => step.career),
    ...career.advancesFrom.map((step) => step.career),
    ...career.similarOccupations,
  ];
  const seen = new Set<string>([career.slug]);
  return all.filter((ref) => !seen.has(ref.slug) && seen.add(ref.slug) !== undefined);
}

function legend(): HTMLElement {
  const labels: [keyof typeof KIND_COLOURS, string][] = [
    ['centre', 'this career'],
    ['career', 'neighbour career (click to go)'],
    ['setting', 'work setting (edge width = share of jobs)'],
    ['credential', 'credential'],
    ['trait', 'trait'],
  ];
  const list = element('ul', { className: 'legend' });
  for (const [kind, text] of labels) {
    const swatch = element('span', { className: `swatch swatch-${kind}` });
    list.append(element('li', {}, [swatch, text]));
  }
  return list;
}

function renderPanel(panel: HTMLElement, career: Neighbourhood): void {
  const neighbours = neighbourCareers(career);
  const nav = element('ul', { className: 'neighbours' });
  for (const ref of neighbours)
    nav.append(element('li', {}, [link(graphPath(ref.slug), ref.title)]));
  panel.replaceChildren(
    element('h1', { text: career.title }),
    facts([
      ['Median pay', formatPay(career)],
      ['Growth', formatGrowth(career)],
      ['Jobs (2024)', career.jobs2024 === null ? 'not published' : count.format(career.jobs2024)],
      [
        'Openings a year',
        career.annualOpenings === null ? 'not published' : count.format(career.annualOpenings),
      ],
      ['Entry education', career.entryEducation?.name ?? 'not published'],
      [
        'Licensure',
        [career.licensure && enumWords(career.licensure), career.licensureScope]
          .filter(Boolean)
          .join(': ') || 'not published',
      ],
    ]),
    element('p', { className: 'selection', text: 'Click a node for details.' }),
    ...(career.summary ? [element('p', { className: 'summary', text: career.summary })] : []),
    element('h2', { text: 'Neighbour careers' }),
    neighbours.length > 0 ? nav : element('p', { text: 'None recorded.' }),
    element('h2', { text: 'Legend' }),
    legend(),
    element('p', { className: 'links' }, [
      link(`/explore/career/${encodeURIComponent(career.slug)}`, 'Career page, with sources'),
      ' · ',
      link('/', 'Open the GraphQL IDE'),
      ...(career.oohUrl ? [' · ', link(career.oohUrl, 'Occupational Outlook Handbook', true)] : []),
    ]),
  );
  document.title = `${career.title} · career neighbourhood`;
}

function showSelection(panel: HTMLElement, data: NodeData): void {
  const target = panel.querySelector('.selection');
  if (!target) return;
  const text = data.detail ? `${data.label}: ${data.detail}` : data.label;
  target.textContent = data.kind === 'career' ? `${text} (opening its neighbourhood…)` : text;
}

function draw(container: HTMLElement, panel: HTMLElement, career: Neighbourhood): Core {
  const cy = cytoscape({
    container,
    elements: toElements(career),
    style: GRAPH_STYLE,
    layout: { name: 'preset', fit: true, padding: 40 },
    autoungrabify: true,
  });
  cy.on('tap', 'node', (event) => {
    const node = event.target as NodeSingular;
    const data = node.data() as NodeData;
    showSelection(panel, data);
    if (data.kind === 'career' && data.slug) window.location.assign(graphPath(data.slug));
  });
  // Canvas nodes are not links, so the pointer is the only hint that a career can be clicked.
  cy.on('mouseover', 'node[kind = "career"]', () => (container.style.cursor = 'pointer'));
  cy.on('mouseout', 'node', () => (container.style.cursor = ''));
  cy.getElementById(careerNodeId(career.slug)).select();
  return cy;
}

function fail(panel: HTMLElement, message: string): void {
  panel.replaceChildren(
    element('h1', { text: 'Career not shown' }),
    element('p', { className: 'error', text: message }),
    element('p', {}, [link('/', 'Open the GraphQL IDE')]),
  );
  document.body.dataset.state = 'error';
}

async function main(): Promise<void> {
  const container = document.getElementById('graph');
  const panel = document.getElementById('panel');
  if (!container || !panel) throw new Error('graph.html lacks #graph or #panel');
  const slug = slugFromLocation();
  try {
    const response = await postGraphQL<{ career: Neighbourhood | null }>({
      query: NEIGHBOURHOOD_QUERY,
      variables: { slug },
      operationName: 'CareerNeighbourhood',
    });
    const career = response.data?.career;
    if (response.errors?.length) {
      fail(panel, response.errors.map((error) => error.message).join('; '));
    } else if (!career) {
      fail(panel, `No career has the slug “${slug}”.`);
    } else {
      renderPanel(panel, career);
      window.__cy = draw(container, panel, career);
      document.body.dataset.state = 'ready';
    }
  } catch (error) {
    fail(panel, error instanceof Error ? error.message : String(error));
  }
}

void main();
