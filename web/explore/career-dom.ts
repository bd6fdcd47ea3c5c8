/** Small DOM builders for the career, moves and compare pages: text goes in as text, never HTML. */

type Child = Node | string | null | undefined | false;

export interface Props {
  className?: string;
  text?: string;
  id?: string;
  /** Attributes set as they are (aria-*, data-*, role, for, …). */
  attrs?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** A link; sources open in a new tab, since the reader is mid-way through our page. */
export function link(href: string, text: string, external = false): HTMLAnchorElement {
  const anchor = h('a', { text });
  anchor.href = href;
  if (external) {
    anchor.target = '_blank';
    anchor.rel = 'noopener noreferrer';
  }
  return anchor;
}

/** A source's link text: its host and page, which says more than "source". */
export function sourceLabel(url: string): string {
  try {
    const parsed = new URL(url);
    const page = parsed.pathname.split('/').filter(Boolean).pop() ?? '';
    return `${parsed.hostname}${page ? ` · ${page.replace(/\.html?$/, '')}` : ''}`;
  } catch {
    return url;
  }
}

export function sourceLink(url: string, text = sourceLabel(url)): HTMLAnchorElement {
  const anchor = link(url, text, true);
  anchor.className = 'source-link';
  return anchor;
}

/** A page section with a heading its region is named by. */
export function section(id: string, title: string, children: Child[]): HTMLElement {
  const headingId = `${id}-title`;
  return h(
    'section',
    { id, className: 'career-section', attrs: { 'aria-labelledby': headingId } },
    [h('h2', { id: headingId, text: title }), ...children],
  );
}

/** A data table with a caption and, optionally, numeric columns aligned right. */
export function dataTable(
  caption: string,
  headers: string[],
  rows: Child[][],
  numeric: ReadonlySet<number> = new Set(),
  captionHidden = false,
): HTMLElement {
  const head = h(
    'tr',
    {},
    headers.map((text, i) =>
      h('th', { text, className: numeric.has(i) ? 'num' : '', attrs: { scope: 'col' } }),
    ),
  );
  const body = rows.map((cells) =>
    h(
      'tr',
      {},
      cells.map((cell, i) =>
        i === 0
          ? h('th', { attrs: { scope: 'row' } }, [cell])
          : h('td', { className: numeric.has(i) ? 'num' : '' }, [cell]),
      ),
    ),
  );
  const table = h('table', { className: 'data' }, [
    h('caption', { text: caption, className: captionHidden ? 'visually-hidden' : '' }),
    h('thead', {}, [head]),
    h('tbody', {}, body),
  ]);
  // A box that may scroll sideways must be reachable by keyboard, or its far columns are not.
  return h(
    'div',
    {
      className: 'table-wrap',
      attrs: { tabindex: '0', role: 'region', 'aria-label': caption },
    },
    [table],
  );
}

export function notice(text: string, error = false): HTMLElement {
  return h('p', {
    className: error ? 'notice notice-error' : 'notice',
    text,
    attrs: error ? { role: 'alert' } : { role: 'status' },
  });
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
