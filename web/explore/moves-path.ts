import type { CareerMove, MoveKind } from './career-types';

/**
 * A move's path picture: one box per career, an arrow per step labelled with its kind. Drawn as
 * inline SVG (a few boxes need no charting library), left to right where the row has room and top
 * to bottom where it has not, so at 360 px the titles stay readable instead of being scaled
 * down. The SVG is one labelled image; the steps list beside it says the same in text.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

export const KIND_LABELS: Readonly<Record<MoveKind, string>> = {
  ADVANCEMENT: 'Advancement',
  LATERAL_MOVE: 'Lateral move',
  SIMILAR_CAREER: 'Similar career',
};

const FONT = 12;
const LINE = 15;
const PAD = 8;
const CHAR_WIDTH = 6.6;
const ARROW_H = 96;
const ARROW_V = 34;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Greedy word wrap to a width in characters; a word longer than the width gets a line of its own. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The picture's text alternative, e.g. "Medical Records Specialists → (advancement) → …". */
export function pathDescription(move: CareerMove): string {
  const first = move.steps[0]?.from.title ?? '';
  return [
    first,
    ...move.steps.map((step) => `${KIND_LABELS[step.kind].toLowerCase()} to ${step.to.title}`),
  ].join(', then ');
}

export function pathPicture(move: CareerMove, availableWidth: number): SVGSVGElement {
  const titles = [move.steps[0]?.from.title ?? '', ...move.steps.map((s) => s.to.title)];
  const boxes = titles.length;
  const horizontalBoxW = 150;
  const horizontal = boxes * horizontalBoxW + (boxes - 1) * ARROW_H <= availableWidth;
  const boxW = horizontal ? horizontalBoxW : Math.min(300, Math.max(160, availableWidth - 4));
  const chars = Math.floor((boxW - 2 * PAD) / CHAR_WIDTH);
  const wrapped = titles.map((t) => wrap(t, chars));
  const boxH = Math.max(...wrapped.map((lines) => lines.length)) * LINE + 2 * PAD;

  const width = horizontal ? boxes * boxW + (boxes - 1) * ARROW_H : boxW + 4;
  const height = horizontal ? boxH + 4 : boxes * boxH + (boxes - 1) * ARROW_V + 4;
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    class: 'path-picture',
    'font-size': FONT,
  });
  root.setAttribute('aria-label', `Path: ${pathDescription(move)}`);
  const defs = svg('defs', {});
  const markerId = `arrow-${Math.random().toString(36).slice(2, 9)}`;
  const marker = svg('marker', {
    id: markerId,
    viewBox: '0 0 10 10',
    refX: 9,
    refY: 5,
    markerWidth: 7,
    markerHeight: 7,
    orient: 'auto-start-reverse',
  });
  marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#1f2430' }));
  defs.append(marker);
  root.append(defs);

  wrapped.forEach((lines, i) => {
    const x = horizontal ? i * (boxW + ARROW_H) : 2;
    const y = horizontal ? 2 : i * (boxH + ARROW_V) + 2;
    const origin = i === 0;
    const last = i === wrapped.length - 1;
    root.append(
      svg('rect', {
        x,
        y,
        width: boxW,
        height: boxH,
        rx: 6,
        fill: origin ? '#f5f7fa' : last ? '#e8f0fa' : '#ffffff',
        stroke: last ? '#0b5cad' : '#4f5868',
        'stroke-width': last ? 2 : 1,
      }),
    );
    const text = svg('text', {
      x: x + boxW / 2,
      y: y + PAD + FONT,
      'text-anchor': 'middle',
      fill: '#1f2430',
    });
    lines.forEach((line, n) => {
      text.append(svg('tspan', { x: x + boxW / 2, dy: n === 0 ? 0 : LINE }, line));
    });
    root.append(text);

    const step = move.steps[i];
    if (!step || last) return;
    const label = KIND_LABELS[step.kind].toLowerCase();
    if (horizontal) {
      const x1 = x + boxW + 4;
      const x2 = x + boxW + ARROW_H - 4;
      const mid = y + boxH / 2;
      root.append(
        svg('line', {
          x1,
          y1: mid,
          x2,
          y2: mid,
          stroke: '#1f2430',
          'stroke-width': 1.5,
          'marker-end': `url(#${markerId})`,
        }),
        svg(
          'text',
          {
            x: (x1 + x2) / 2,
            y: mid - 6,
            'text-anchor': 'middle',
            fill: '#4f5868',
            'font-size': 11,
          },
          label,
        ),
      );
    } else {
      const cx = x + 40;
      const y1 = y + boxH + 3;
      const y2 = y + boxH + ARROW_V - 3;
      root.append(
        svg('line', {
          x1: cx,
          y1,
          x2: cx,
          y2,
          stroke: '#1f2430',
          'stroke-width': 1.5,
          'marker-end': `url(#${markerId})`,
        }),
        svg('text', { x: cx + 10, y: (y1 + y2) / 2 + 4, fill: '#4f5868', 'font-size': 11 }, label),
      );
    }
  });
  return root;
}
