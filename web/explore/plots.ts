import * as Plot from '@observablehq/plot';
import { NATIONAL_GROWTH_PCT, careerPath, educationRank, money, percent } from './format';

/**
 * Plot helpers for every explorer page. Observable Plot is bundled (no CDN) and draws plain SVG,
 * which the page's CSP allows (Plot's scoped <style> falls under style-src 'unsafe-inline').
 *
 * Accessibility contract: a plot is a picture of a table the page also holds. The SVG is hidden
 * from assistive technology and its links are taken out of the tab order; the same rows are in
 * a <table> under a "Table view" disclosure, where every career is a normal link. Keyboard and
 * screen-reader users get the table; pointer users can also click a point.
 */

export const COLOURS = {
  /** The careers the facets leave: dark orange, 4.9:1 against white. */
  shown: '#c2410c',
  /** Every other career, behind them. */
  other: '#9aa3b2',
  rule: '#4f5868',
  median: '#1f2430',
} as const;

export interface Column<Row> {
  label: string;
  /** The cell; a string, or a node (a link) whose text is the value. */
  cell: (row: Row) => string | Node;
  numeric?: boolean;
}

/** A plain data table, the accessible twin of a plot (and usable on its own). */
export function dataTable<Row>(
  caption: string,
  columns: Column<Row>[],
  rows: readonly Row[],
): HTMLTableElement {
  const table = document.createElement('table');
  table.className = 'data';
  const cap = document.createElement('caption');
  cap.className = 'visually-hidden';
  cap.textContent = caption;
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  for (const column of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column.label;
    if (column.numeric) th.className = 'num';
    headRow.append(th);
  }
  head.append(headRow);
  const body = document.createElement('tbody');
  for (const row of rows) {
    const tr = document.createElement('tr');
    for (const column of columns) {
      const td = document.createElement('td');
      if (column.numeric) td.className = 'num';
      td.append(column.cell(row));
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(cap, head, body);
  return table;
}

/**
 * A figure: heading, the plot, a line of notes, and its table behind a disclosure. `name` is
 * a stable hook for tests (`data-plot="<name>"`).
 */
export function plotFigure(options: {
  name: string;
  title: string;
  plot: Element;
  table: HTMLTableElement;
  note?: string;
}): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'plot-figure';
  figure.dataset.plot = options.name;
  const caption = document.createElement('figcaption');
  const title = document.createElement('strong');
  title.textContent = options.title;
  caption.append(title);
  if (options.note) caption.append(document.createElement('br'), options.note);
  const picture = document.createElement('div');
  picture.className = 'plot';
  picture.append(options.plot);
  const details = document.createElement('details');
  details.className = 'plot-table';
  const summary = document.createElement('summary');
  summary.textContent = `Table view: ${options.title.toLowerCase()}`;
  const wrap = document.createElement('div');
  wrap.className = 'table-wrap';
  wrap.append(options.table);
  details.append(summary, wrap);
  figure.append(caption, picture, details);
  return figure;
}

/** Hides the SVG from assistive technology and its links from Tab (the table holds them). */
function pictureOnly(svg: Element): Element {
  svg.setAttribute('aria-hidden', 'true');
  for (const link of svg.querySelectorAll('a')) link.setAttribute('tabindex', '-1');
  return svg;
}

/** The plot's width: its container's, within what stays legible. */
export function plotWidth(container: HTMLElement): number {
  return Math.max(300, Math.min(900, Math.floor(container.clientWidth || 640)));
}

export interface PlotCareer {
  slug: string;
  title: string;
  pay: number | null;
  /** True when the pay is BLS's top-coded floor (physicians and surgeons). */
  payIsFloor: boolean;
  growth: number | null;
  educationCode: string | null;
  educationName: string | null;
}

function careerTitle(c: PlotCareer): string {
  return `${c.title}\n${money(c.pay, c.payIsFloor)} · ${percent(c.growth)}`;
}

/**
 * Pay against projected growth: every career in grey, the facets' careers in orange on top, the
 * national 3 % as a dashed line. Points link to the career page. Careers missing either figure
 * cannot be placed and are counted in the note (never drawn at 0).
 */
export function payGrowthScatter(options: {
  all: readonly PlotCareer[];
  shownSlugs: ReadonlySet<string>;
  width: number;
  /** Projected growth of all occupations, percent (the API's growthVsNationalAverage.nationalPct). */
  nationalPct?: number;
}): HTMLElement {
  const national = options.nationalPct ?? NATIONAL_GROWTH_PCT;
  const placed = options.all.filter((c) => c.pay !== null && c.growth !== null);
  const shown = placed.filter((c) => options.shownSlugs.has(c.slug));
  const others = placed.filter((c) => !options.shownSlugs.has(c.slug));
  const unplaced = [...options.shownSlugs].length - shown.length;
  const svg = Plot.plot({
    width: options.width,
    height: Math.round(Math.min(420, Math.max(280, options.width * 0.6))),
    marginLeft: 44,
    marginRight: 16,
    style: { fontSize: '12px', overflow: 'visible' },
    x: { label: 'Median annual pay →', tickFormat: '$~s', grid: true, ticks: 6, nice: true },
    y: { label: '↑ Projected growth 2024–34 (%)', grid: true },
    marks: [
      Plot.ruleY([national], {
        stroke: COLOURS.rule,
        strokeDasharray: '5 4',
        className: 'explore-national-rule',
      }),
      Plot.text([national], {
        y: (d: number) => d,
        frameAnchor: 'right',
        textAnchor: 'end',
        dy: -7,
        fill: COLOURS.rule,
        text: () => `all occupations: ${national} %`,
      }),
      Plot.dot(others, {
        x: 'pay',
        y: 'growth',
        r: 3.5,
        fill: COLOURS.other,
        href: (c: PlotCareer) => careerPath(c.slug),
        title: careerTitle,
        className: 'explore-dot-other',
      }),
      Plot.dot(shown, {
        x: 'pay',
        y: 'growth',
        r: 5,
        fill: COLOURS.shown,
        stroke: '#fff',
        strokeWidth: 1,
        href: (c: PlotCareer) => careerPath(c.slug),
        title: careerTitle,
        className: 'explore-dot-shown',
      }),
    ],
  });
  const table = dataTable(
    'Median pay and projected growth of the careers shown',
    [
      { label: 'Career', cell: (c: PlotCareer) => careerLink(c) },
      { label: 'Median pay', cell: (c) => money(c.pay, c.payIsFloor), numeric: true },
      { label: 'Growth 2024–34', cell: (c) => percent(c.growth), numeric: true },
    ],
    shown,
  );
  const note =
    `${shown.length} of the careers shown drawn in orange, the other ${others.length} careers in grey; ` +
    `the dashed line is the ${national} % growth of all occupations.` +
    (unplaced > 0
      ? ` ${unplaced} career${unplaced === 1 ? '' : 's'} shown with unknown pay or growth cannot be drawn.`
      : '');
  const figure = plotFigure({
    name: 'pay-growth',
    title: 'Median pay against projected growth',
    plot: pictureOnly(svg),
    table,
    note,
  });
  figure.dataset.shownPoints = String(shown.length);
  figure.dataset.otherPoints = String(others.length);
  return figure;
}

export interface EducationPay {
  code: string;
  name: string;
  careerCount: number;
  careersWithPay: number;
  median: number | null;
  min: number | null;
  max: number | null;
}

/**
 * Median pay by entry education: each career a dot in its level's row (the facets' careers in
 * orange), and the API's median of the level's careers as a dark tick.
 */
export function payByEducationPlot(options: {
  all: readonly PlotCareer[];
  shownSlugs: ReadonlySet<string>;
  levels: readonly EducationPay[];
  width: number;
}): HTMLElement {
  const levels = [...options.levels]
    .filter((l) => l.careerCount > 0)
    .sort((a, b) => educationRank(a.code) - educationRank(b.code));
  const names = levels.map((l) => l.name);
  const placed = options.all.filter((c) => c.pay !== null && c.educationName !== null);
  const shown = placed.filter((c) => options.shownSlugs.has(c.slug));
  const others = placed.filter((c) => !options.shownSlugs.has(c.slug));
  const medians = levels.filter((l) => l.median !== null);
  const svg = Plot.plot({
    width: options.width,
    height: 40 + levels.length * 52,
    // Level names sit above their rows, so a 360 px screen keeps the whole width for the dots.
    marginLeft: 12,
    marginRight: 16,
    marginTop: 24,
    style: { fontSize: '12px', overflow: 'visible' },
    x: { label: 'Median annual pay →', tickFormat: '$~s', grid: true, ticks: 6, nice: true },
    y: { domain: names, label: null, axis: null, padding: 0.1 },
    marks: [
      Plot.text(levels, {
        y: 'name',
        text: 'name',
        frameAnchor: 'left',
        textAnchor: 'start',
        dy: -16,
        fill: COLOURS.median,
      }),
      Plot.dot(others, {
        x: 'pay',
        y: 'educationName',
        dy: 7,
        r: 3.5,
        fill: COLOURS.other,
        href: (c: PlotCareer) => careerPath(c.slug),
        title: careerTitle,
        className: 'explore-dot-other',
      }),
      Plot.dot(shown, {
        x: 'pay',
        y: 'educationName',
        dy: 7,
        r: 5,
        fill: COLOURS.shown,
        stroke: '#fff',
        strokeWidth: 1,
        href: (c: PlotCareer) => careerPath(c.slug),
        title: careerTitle,
        className: 'explore-dot-shown',
      }),
      Plot.tickX(medians, {
        x: 'median',
        y: 'name',
        stroke: COLOURS.median,
        strokeWidth: 3,
        // The row's top holds its name; the tick stays beside the dots, below it.
        insetTop: 22,
        className: 'explore-median-tick',
      }),
    ],
  });
  const table = dataTable(
    'Median pay by typical entry-level education, all careers',
    [
      { label: 'Entry education', cell: (l: EducationPay) => l.name },
      { label: 'Careers', cell: (l) => String(l.careerCount), numeric: true },
      {
        label: 'Careers shown',
        cell: (l) => String(shown.filter((c) => c.educationCode === l.code).length),
        numeric: true,
      },
      { label: 'With known pay', cell: (l) => String(l.careersWithPay), numeric: true },
      { label: 'Median of their median pay', cell: (l) => money(l.median), numeric: true },
      { label: 'Lowest', cell: (l) => money(l.min), numeric: true },
      { label: 'Highest', cell: (l) => money(l.max), numeric: true },
    ],
    levels,
  );
  const figure = plotFigure({
    name: 'pay-by-education',
    title: 'Median pay by entry education',
    plot: pictureOnly(svg),
    table,
    note: 'Each dot is a career (the careers shown in orange); the dark tick is the median of all careers at that level.',
  });
  figure.dataset.shownPoints = String(shown.length);
  return figure;
}

/**
 * Horizontal bars of labelled values (e.g. a career's settings and their shares): a helper for
 * the career page. `format` prints a value in the table and at the bar's end.
 */
export function barPlot<Row extends { label: string; value: number }>(options: {
  name: string;
  title: string;
  rows: readonly Row[];
  xLabel: string;
  format: (value: number) => string;
  width: number;
  note?: string;
  highlight?: (row: Row) => boolean;
}): HTMLElement {
  const svg = Plot.plot({
    width: options.width,
    height: 30 + options.rows.length * 34,
    marginLeft: 12,
    marginRight: 56,
    marginTop: 20,
    style: { fontSize: '12px', overflow: 'visible' },
    x: { label: options.xLabel, grid: true },
    y: { domain: options.rows.map((r) => r.label), axis: null, padding: 0.45 },
    marks: [
      Plot.barX(options.rows, {
        x: 'value',
        y: 'label',
        fill: (r: Row) => (options.highlight?.(r) ? COLOURS.shown : COLOURS.other),
        className: 'explore-bar',
      }),
      Plot.text(options.rows, {
        y: 'label',
        text: 'label',
        frameAnchor: 'left',
        textAnchor: 'start',
        dy: -12,
        fill: COLOURS.median,
      }),
      Plot.text(options.rows, {
        x: 'value',
        y: 'label',
        text: (r: Row) => options.format(r.value),
        textAnchor: 'start',
        dx: 4,
        fill: COLOURS.median,
      }),
    ],
  });
  const table = dataTable(
    options.title,
    [
      { label: 'Item', cell: (r: Row) => r.label },
      {
        label: options.xLabel.replace(/\s*→$/, ''),
        cell: (r) => options.format(r.value),
        numeric: true,
      },
    ],
    options.rows,
  );
  return plotFigure({
    name: options.name,
    title: options.title,
    plot: pictureOnly(svg),
    table,
    ...(options.note ? { note: options.note } : {}),
  });
}

function careerLink(c: { slug: string; title: string }): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = careerPath(c.slug);
  a.textContent = c.title;
  return a;
}
