import * as Plot from '@observablehq/plot';
import { dataTable, h } from './career-dom';
import type { CareerDetail, CareerRef, Pay } from './career-types';
import { count, money } from './format';

/**
 * The career page's two plots, drawn with Observable Plot (bundled, so nothing loads from
 * elsewhere). A plot is an SVG that a screen reader hears as one labelled image, so each comes
 * with the same figures as a table, under a disclosure that keyboard users can open.
 */

const OCCUPATION_FILL = '#0b5cad';
const FAMILY_FILL = '#6b4fa0';
const PEER_FILL = '#5b6676';
const HIGHLIGHT = '#c2410c';

/** Plot's width: the container's, so the plot fits at 360 px, never wider than a reading column. */
function plotWidth(container: HTMLElement, max = 680): number {
  const width = container.clientWidth || max;
  return Math.max(280, Math.min(max, width));
}

function figure(
  className: string,
  caption: string,
  plot: Element,
  table: HTMLElement,
): HTMLElement {
  // One labelled image: Plot labels each mark's <g> ("bar", "rule"), which ARIA forbids on an
  // element with no role and which would only read as noise; the table holds the figures.
  plot.setAttribute('role', 'img');
  for (const part of plot.querySelectorAll('[aria-label], [aria-description]')) {
    part.removeAttribute('aria-label');
    part.removeAttribute('aria-description');
  }
  return h('figure', { className: `career-plot ${className}` }, [
    h('div', { className: 'plot' }, [plot]),
    h('figcaption', { text: caption }),
    h('details', { className: 'plot-table' }, [h('summary', { text: 'Table view' }), table]),
  ]);
}

export interface ShareRow {
  name: string;
  sharePct: number;
  family: boolean;
}

/** Settings with a known share, largest first; the bar chart and its table show exactly these. */
export function shareRows(settings: CareerDetail['settings']): ShareRow[] {
  return settings
    .filter((s): s is typeof s & { sharePct: number } => s.sharePct !== null)
    .map((s) => ({ name: s.setting.name, sharePct: s.sharePct, family: s.scope === 'FAMILY' }))
    .sort((a, b) => b.sharePct - a.sharePct || a.name.localeCompare(b.name));
}

function shareLabel(row: ShareRow): string {
  return row.family ? `${row.name} (family)` : row.name;
}

/** The share of the career's jobs in each setting, as horizontal bars. */
export function settingsPlot(container: HTMLElement, career: CareerDetail): HTMLElement | null {
  const rows = shareRows(career.settings);
  if (rows.length === 0) return null;
  const width = plotWidth(container);
  const anyFamily = rows.some((r) => r.family);
  // Each setting's name goes above its bar rather than on a left axis: the names run to 45
  // characters, which a left axis would either clip or give most of a phone's width to.
  const plot = Plot.plot({
    width,
    height: 40 + rows.length * 44,
    marginLeft: 8,
    marginRight: 48,
    ariaLabel: `Bar chart: share of ${career.title}'s jobs per work setting`,
    ariaDescription: rows.map((r) => `${shareLabel(r)}: ${r.sharePct} %`).join('; '),
    x: {
      label: 'Share of jobs (%)',
      domain: [0, Math.max(...rows.map((r) => r.sharePct)) * 1.1],
      grid: true,
    },
    y: { label: null, domain: rows.map(shareLabel), axis: null },
    style: { fontSize: '12px', color: '#1f2430' },
    marks: [
      Plot.barX(rows, {
        y: shareLabel,
        x: 'sharePct',
        fill: (r: ShareRow) => (r.family ? FAMILY_FILL : OCCUPATION_FILL),
        insetTop: 18,
      }),
      Plot.text(rows, {
        y: shareLabel,
        x: 'sharePct',
        text: (r: ShareRow) => `${r.sharePct} %`,
        textAnchor: 'start',
        dx: 4,
        dy: 9,
        fill: '#1f2430',
      }),
      Plot.text(rows, {
        y: shareLabel,
        x: 0,
        text: shareLabel,
        textAnchor: 'start',
        dy: -10,
        fill: '#1f2430',
      }),
      Plot.ruleX([0]),
    ],
  });
  const table = dataTable(
    `Share of ${career.title}'s jobs per work setting`,
    ['Setting', 'Share of jobs', 'Whose jobs'],
    rows.map((r) => [
      r.name,
      `${r.sharePct} %`,
      r.family ? 'the whole OOH family of occupations' : 'this occupation',
    ]),
    new Set([1]),
  );
  const caption = anyFamily
    ? 'Share of jobs per setting. Purple bars (marked “family”) count the jobs of the OOH page’s whole family of occupations.'
    : 'Share of jobs per setting (BLS, May 2024).';
  return figure('settings-plot', caption, plot, table);
}

export interface PeerPoint extends CareerRef {
  pay: number;
  floor: boolean;
  self: boolean;
}

export function peerPoints(
  career: CareerRef,
  peers: (CareerRef & { medianPay: Pay | null })[],
): PeerPoint[] {
  return peers
    .filter(
      (p): p is typeof p & { medianPay: Pay & { annual: number } } =>
        p.medianPay?.annual !== null && p.medianPay?.annual !== undefined,
    )
    .map((p) => ({
      slug: p.slug,
      title: p.title,
      pay: p.medianPay.annual,
      floor: p.medianPay.isLowerBound,
      self: p.slug === career.slug,
    }))
    .sort((a, b) => b.pay - a.pay || a.title.localeCompare(b.title));
}

/**
 * The career's median pay among the careers with its entry education: one dot per peer, the
 * career itself highlighted, and the peers' median as a line. Top-coded pays are drawn at their
 * floor as triangles, since their true value is higher.
 */
export function peerPayPlot(
  container: HTMLElement,
  career: CareerDetail,
  peers: (CareerRef & { medianPay: Pay | null })[],
): HTMLElement | null {
  const rank = career.payRank;
  const points = peerPoints(career, peers);
  if (!rank || points.length === 0) return null;
  const width = plotWidth(container);
  const self = points.filter((p) => p.self);
  const level = career.entryEducation?.name ?? 'the same entry education';
  const plot = Plot.plot({
    width,
    height: 150,
    marginLeft: 16,
    marginRight: 24,
    marginTop: 36,
    ariaLabel: `Dot plot: median pay of ${career.title} against ${points.length} careers entered with ${level}`,
    ariaDescription: `${career.title} ranks ${rank.rank} of ${rank.of}; peers' median ${money(rank.peerMedianPay)}`,
    x: {
      label: 'Median annual pay (US $)',
      grid: true,
      tickFormat: (d: number) => `$${Math.round(d / 1000)}k`,
      ticks: width < 480 ? 4 : 8,
    },
    y: { axis: null, domain: [0, 1] },
    style: { fontSize: '12px', color: '#1f2430' },
    symbol: { domain: ['median', 'floor'], range: ['circle', 'triangle'] },
    marks: [
      ...(rank.peerMedianPay === null
        ? []
        : [
            Plot.ruleX([rank.peerMedianPay], { stroke: '#1f2430', strokeDasharray: '4 3' }),
            Plot.text([rank.peerMedianPay], {
              x: (d: number) => d,
              y: 1,
              text: () => `peers' median ${money(rank.peerMedianPay)}`,
              dy: -8,
              fill: '#1f2430',
              frameAnchor: 'top',
            }),
          ]),
      Plot.dot(
        points.filter((p) => !p.self),
        {
          x: 'pay',
          y: 0.5,
          r: 5,
          fill: PEER_FILL,
          fillOpacity: 0.7,
          symbol: (p: PeerPoint) => (p.floor ? 'floor' : 'median'),
          title: (p: PeerPoint) => `${p.title}: ${money(p.pay, p.floor)}`,
        },
      ),
      Plot.dot(self, {
        x: 'pay',
        y: 0.5,
        r: 8,
        fill: HIGHLIGHT,
        stroke: '#fff',
        symbol: (p: PeerPoint) => (p.floor ? 'floor' : 'median'),
        title: (p: PeerPoint) => `${p.title}: ${money(p.pay, p.floor)}`,
      }),
      Plot.text(self, {
        x: 'pay',
        y: 0.5,
        text: () => 'this career',
        dy: 18,
        fill: HIGHLIGHT,
        fontWeight: 'bold',
      }),
    ],
  });
  const table = dataTable(
    `Median pay of careers entered with ${level}, highest first`,
    ['Career', 'Median annual pay', 'Rank'],
    points.map((p) => [
      p.self ? h('strong', { text: `${p.title} (this career)` }) : p.title,
      money(p.pay, p.floor),
      // Ties share a rank, as payRank counts them: one more than the peers paid more.
      count(1 + points.filter((q) => q.pay > p.pay).length),
    ]),
    new Set([1, 2]),
  );
  const caption = `Each dot is a career entered with ${level.toLowerCase()}; the highlighted one is ${career.title}, the dashed line the peers' median. Triangles are top-coded pays, drawn at their floor.`;
  return figure('peer-pay-plot', caption, plot, table);
}
