import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { listSavedQueries, type SavedQuery } from '../cli/saved-queries';

/**
 * A Neo4j Browser guide (`:guide <url>`) with one slide per saved analyst query: the question,
 * its explanation, a `:params` line with the defaults and the query, each a click away from the
 * editor. The launcher serves it at /guides/analysts.html and Browser opens it after login.
 */
export function renderBrowserGuide(queries: SavedQuery[] = listSavedQueries()): string {
  const slides = queries.map((q) => {
    const params = Object.keys(q.header.defaults).length
      ? `<p>Parameters (defaults; edit and run to change):</p>\n` +
        `<pre mode="cypher" class="code runnable">${escapeHtml(paramsCommand(q))}</pre>\n`
      : '';
    const body = q.text
      .split(/\r?\n/)
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n')
      .trim();
    return [
      '<slide class="row-fluid">',
      `<h3>${escapeHtml(q.header.question ?? q.name)}</h3>`,
      ...q.header.description.map((d) => `<p>${escapeHtml(d)}</p>`),
      `<p><code>npm run cypher -- ${escapeHtml(q.name)}</code></p>`,
      params + `<pre mode="cypher" class="code runnable">${escapeHtml(body)}</pre>`,
      '</slide>',
    ].join('\n');
  });
  const index = [
    '<slide class="row-fluid">',
    '<h3>Saved analyst queries</h3>',
    '<p>One slide per file in <code>cypher/queries/</code>. Click a block to put it in the ' +
      'editor, then run it: first the <code>:params</code> line, then the query.</p>',
    '<ul>',
    ...queries.map((q) => `<li>${escapeHtml(q.header.question ?? q.name)}</li>`),
    '</ul>',
    '</slide>',
  ].join('\n');
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8"><title>Careers graph: analyst queries</title></head>',
    '<body><article class="guide">',
    index,
    ...slides,
    '</article></body></html>',
    '',
  ].join('\n');
}

/** Writes the guide into the data folder and returns its path (re-written on every start). */
export function writeBrowserGuide(dir: string): string {
  const file = path.join(dir, 'browser-guide.html');
  writeFileSync(file, renderBrowserGuide());
  return file;
}

function paramsCommand(q: SavedQuery): string {
  const entries = Object.entries(q.header.defaults).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `:params {${entries.join(', ')}}`;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
