import './careers-page.css';
import {
  EXPLORE_CAREERS_QUERY,
  PAGE_SIZE,
  fetchAllCareers,
  fetchFacets,
  fetchPayByEducation,
  fetchVocabulary,
  type CareerFacets,
  type CareerRow,
  type CareerSortField,
  type PayByEducationRow,
  type Vocabulary,
} from './api';
import {
  DEFAULT_SORT,
  chosenFacets,
  describe,
  dropUnknownIds,
  parseUrl,
  toFilter,
  toSearch,
  type ExploreState,
} from './careers-state';
import { toCsv } from './careers-csv';
import {
  EDUCATION_LEVEL,
  LICENSURE,
  NATIONAL_GROWTH_PCT,
  TRAIT_KIND,
  careerPath,
  count,
  educationName,
  growthVersusNational,
  licensureName,
  money,
  traitKindName,
  type TraitKindValue,
} from './format';
import { payByEducationPlot, payGrowthScatter, plotWidth, type PlotCareer } from './plots';

/**
 * `/explore`: facets on the left, what they leave on the right (a summary, the actions, the
 * plots and the table). The form is built once and only its counts and ticks change afterwards,
 * so the control a person just used keeps its focus while the page updates.
 */

interface Column {
  label: string;
  /** The API sort field behind a clickable header; null for columns the API cannot sort by. */
  sort: CareerSortField | null;
  numeric: boolean;
  cell: (row: CareerRow) => string | Node;
}

const COLUMNS: Column[] = [
  { label: 'Career', sort: 'TITLE', numeric: false, cell: (c) => careerLink(c) },
  {
    label: 'Median pay',
    sort: 'MEDIAN_PAY',
    numeric: true,
    cell: (c) => money(c.medianPay?.annual, c.medianPay?.isLowerBound ?? false),
  },
  {
    label: 'Growth 2024–34 vs 3 % national',
    sort: 'PROJECTED_GROWTH',
    numeric: true,
    cell: (c) => growthVersusNational(c.projectedGrowthPct, c.growthVsNationalAverage?.nationalPct),
  },
  { label: 'Jobs 2024', sort: 'JOBS', numeric: true, cell: (c) => count(c.jobs2024) },
  {
    label: 'Openings a year',
    sort: 'OPENINGS',
    numeric: true,
    cell: (c) => count(c.annualOpenings),
  },
  {
    label: 'Entry education',
    sort: null,
    numeric: false,
    cell: (c) => c.entryEducation?.name ?? educationName(null),
  },
  { label: 'Licensure', sort: null, numeric: false, cell: (c) => licensureName(c.licensure) },
];

/** Where the facets sit beside the results (careers-page.css uses the same width). */
const WIDE = window.matchMedia('(min-width: 761px)');

/** Text fields wait for a pause in typing before they ask the API. */
const TYPING_PAUSE_MS = 400;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<'className' | 'text' | 'id', string>> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

function careerLink(c: { slug: string; title: string }): HTMLAnchorElement {
  const a = el('a', { text: c.title });
  a.href = careerPath(c.slug);
  return a;
}

/** One facet choice: a checkbox, its label and its count, updated in place. */
interface Choice {
  input: HTMLInputElement;
  countSpan: HTMLSpanElement;
  row: HTMLLabelElement;
}

function choice(name: string, value: string, label: string): Choice {
  const input = el('input');
  input.type = 'checkbox';
  input.name = name;
  input.value = value;
  const countSpan = el('span', { className: 'count' });
  const row = el('label', { className: 'choice' }, [input, ` ${label} `, countSpan]);
  return { input, countSpan, row };
}

function fieldset(legend: string, children: Node[], className = ''): HTMLFieldSetElement {
  const set = el('fieldset', { className: `facet ${className}`.trim() }, [
    el('legend', { text: legend }),
    ...children,
  ]);
  return set;
}

/** A collapsible facet (long lists), open when something in it is chosen. */
function collapsible(title: string, body: Node[]): HTMLDetailsElement {
  const details = el('details', { className: 'facet-group' }, [
    el('summary', { text: title }),
    ...body,
  ]);
  return details;
}

function numberInput(id: string, label: string, step: string, min?: string, max?: string) {
  const input = el('input', { id });
  input.type = 'number';
  input.inputMode = 'decimal';
  input.step = step;
  if (min !== undefined) input.min = min;
  if (max !== undefined) input.max = max;
  const row = el('div', { className: 'field' }, [el('label', { text: label }), input]);
  (row.firstChild as HTMLLabelElement).htmlFor = id;
  return { input, row };
}

function readNumber(input: HTMLInputElement): number | null {
  if (input.value.trim() === '') return null;
  const value = Number(input.value);
  return Number.isFinite(value) ? value : null;
}

interface Form {
  element: HTMLFormElement;
  toggle: HTMLDetailsElement;
  chosenCount: HTMLSpanElement;
  licensure: Map<string, Choice>;
  atLeast: HTMLSelectElement;
  atMost: HTMLSelectElement;
  settings: Map<string, Choice>;
  minShare: HTMLInputElement;
  traits: Map<string, Choice>;
  credentials: Map<string, Choice>;
  payMin: HTMLInputElement;
  payMax: HTMLInputElement;
  growthMin: HTMLInputElement;
  growthMax: HTMLInputElement;
  text: HTMLInputElement;
  groups: { settings: HTMLDetailsElement; credentials: HTMLDetailsElement } & Record<
    TraitKindValue,
    HTMLDetailsElement
  >;
  rangeError: HTMLParagraphElement;
}

function educationSelect(id: string, anyLabel: string): HTMLSelectElement {
  const select = el('select', { id });
  select.append(new Option(anyLabel, ''));
  for (const code of EDUCATION_LEVEL.values) select.append(new Option(educationName(code), code));
  return select;
}

function buildForm(vocabulary: Vocabulary): Form {
  const licensure = new Map<string, Choice>();
  for (const value of LICENSURE.values)
    licensure.set(value, choice('licensure', value, licensureName(value)));

  const atLeast = educationSelect('facet-education-at-least', 'any level');
  const atMost = educationSelect('facet-education-at-most', 'any level');
  const education = fieldset('Entry education', [
    el('div', { className: 'field' }, [labelFor('facet-education-at-least', 'At least'), atLeast]),
    el('div', { className: 'field' }, [labelFor('facet-education-at-most', 'At most'), atMost]),
    el('p', {
      className: 'hint',
      text: 'Counts: careers whose typical entry education is that level.',
    }),
  ]);

  const settings = new Map<string, Choice>();
  for (const s of vocabulary.settings) settings.set(s.id, choice('worksIn.any', s.id, s.name));
  const minShare = numberInput(
    'facet-min-share',
    'With at least this % of their jobs there',
    '5',
    '0',
    '100',
  );

  const traits = new Map<string, Choice>();
  const traitGroups = {} as Record<TraitKindValue, HTMLDetailsElement>;
  for (const kind of TRAIT_KIND.values) {
    const rows = vocabulary.traits
      .filter((t) => t.kind === kind)
      .map((t) => {
        const c = choice('traits.all', t.id, t.name);
        traits.set(t.id, c);
        return c.row;
      });
    traitGroups[kind] = collapsible(traitKindName(kind), rows);
  }

  const credentials = new Map<string, Choice>();
  for (const c of vocabulary.credentials) {
    const label =
      c.acronym && !c.name.includes(`(${c.acronym})`) ? `${c.name} (${c.acronym})` : c.name;
    credentials.set(c.id, choice('credentials.any', c.id, label));
  }

  const payMin = numberInput('facet-pay-min', 'From $', '1000', '0');
  const payMax = numberInput('facet-pay-max', 'To $', '1000', '0');
  const growthMin = numberInput('facet-growth-min', 'From %', '1');
  const growthMax = numberInput('facet-growth-max', 'To %', '1');
  const text = el('input', { id: 'facet-text' });
  text.type = 'search';
  text.maxLength = 200;
  text.autocomplete = 'off';
  const rangeError = el('p', { className: 'notice notice-error range-error' });
  rangeError.hidden = true;
  rangeError.setAttribute('role', 'alert');

  const settingsGroup = collapsible('Work settings', [
    minShare.row,
    ...[...settings.values()].map((c) => c.row),
  ]);
  const credentialsGroup = collapsible(
    'Credentials',
    [...credentials.values()].map((c) => c.row),
  );

  const chosenCount = el('span', { className: 'chosen-count' });
  const toggleSummary = el('summary', {}, [el('h2', { text: 'Filter careers' }), chosenCount]);
  const toggle = el('details', { className: 'facets-toggle' }, [toggleSummary]);
  const element = el('form', { className: 'facets', id: 'facets' }, [
    toggle,
    fieldset('Words', [
      el('div', { className: 'field' }, [labelFor('facet-text', 'In the title or summary'), text]),
    ]),
    fieldset(
      'State license',
      [...licensure.values()].map((c) => c.row),
    ),
    education,
    fieldset('Median pay', [el('div', { className: 'pair' }, [payMin.row, payMax.row])]),
    fieldset('Projected growth 2024–34', [
      el('div', { className: 'pair' }, [growthMin.row, growthMax.row]),
      el('p', { className: 'hint', text: 'All occupations: 3 %.' }),
    ]),
    rangeError,
    fieldset('Where they work (any of)', [settingsGroup], 'facet-settings'),
    fieldset(
      'Traits and conditions (all of)',
      TRAIT_KIND.values.map((k) => traitGroups[k]),
      'facet-traits',
    ),
    fieldset('Licenses and certifications (any of)', [credentialsGroup], 'facet-credentials'),
    el('p', {}, [clearButton()]),
  ]);
  element.noValidate = true;
  // On a narrow screen the facets start folded under their "Filter careers" summary, so the
  // results are on the first screen; on a wide one they start open.
  toggle.append(...[...element.childNodes].filter((n) => n !== toggle));
  toggle.open = WIDE.matches;
  return {
    toggle,
    chosenCount,
    element,
    licensure,
    atLeast,
    atMost,
    settings,
    minShare: minShare.input,
    traits,
    credentials,
    payMin: payMin.input,
    payMax: payMax.input,
    growthMin: growthMin.input,
    growthMax: growthMax.input,
    text,
    groups: { settings: settingsGroup, credentials: credentialsGroup, ...traitGroups },
    rangeError,
  };
}

function clearButton(): HTMLButtonElement {
  const button = el('button', { text: 'Clear all filters', className: 'secondary' });
  button.type = 'reset';
  return button;
}

function labelFor(id: string, text: string): HTMLLabelElement {
  const label = el('label', { text });
  label.htmlFor = id;
  return label;
}

function checked(map: Map<string, Choice>): string[] {
  return [...map.entries()].filter(([, c]) => c.input.checked).map(([v]) => v);
}

/** The state the form shows (sort comes from the table, not the form). */
function readForm(form: Form, sort: ExploreState['sort']): ExploreState {
  return {
    licensure: checked(form.licensure) as ExploreState['licensure'],
    educationAtLeast: (form.atLeast.value || null) as ExploreState['educationAtLeast'],
    educationAtMost: (form.atMost.value || null) as ExploreState['educationAtMost'],
    worksInAny: checked(form.settings),
    worksInMinSharePct: readNumber(form.minShare),
    traitsAll: checked(form.traits),
    credentialsAny: checked(form.credentials),
    payMin: readNumber(form.payMin),
    payMax: readNumber(form.payMax),
    growthMin: readNumber(form.growthMin),
    growthMax: readNumber(form.growthMax),
    text: form.text.value.trim(),
    sort,
  };
}

function writeForm(form: Form, state: ExploreState): void {
  const tick = (map: Map<string, Choice>, values: readonly string[]): void => {
    for (const [value, c] of map) c.input.checked = values.includes(value);
  };
  tick(form.licensure, state.licensure);
  form.atLeast.value = state.educationAtLeast ?? '';
  form.atMost.value = state.educationAtMost ?? '';
  tick(form.settings, state.worksInAny);
  tick(form.traits, state.traitsAll);
  tick(form.credentials, state.credentialsAny);
  const num = (input: HTMLInputElement, value: number | null): void => {
    input.value = value === null ? '' : String(value);
  };
  num(form.minShare, state.worksInMinSharePct);
  num(form.payMin, state.payMin);
  num(form.payMax, state.payMax);
  num(form.growthMin, state.growthMin);
  num(form.growthMax, state.growthMax);
  form.text.value = state.text;
  // A group with a choice in it opens, so a shared link shows what it chose.
  if (state.worksInAny.length || state.worksInMinSharePct !== null)
    form.groups.settings.open = true;
  if (state.credentialsAny.length) form.groups.credentials.open = true;
  for (const kind of TRAIT_KIND.values) {
    if (
      [...form.traits.entries()].some(
        ([, c]) => c.input.checked && c.row.closest('details') === form.groups[kind],
      )
    ) {
      form.groups[kind].open = true;
    }
  }
}

function writeCounts(form: Form, facets: CareerFacets | null): void {
  const apply = (map: Map<string, Choice>, counts: CareerFacets['licensure'] | undefined): void => {
    const byValue = new Map((counts ?? []).map((f) => [f.value, f.count]));
    for (const [value, c] of map) {
      const n = facets ? (byValue.get(value) ?? 0) : null;
      c.countSpan.textContent = n === null ? '' : `(${n})`;
      c.row.classList.toggle('zero', n === 0);
      c.row.dataset.count = n === null ? '' : String(n);
    }
  };
  apply(form.licensure, facets?.licensure);
  apply(form.settings, facets?.settings);
  apply(form.traits, facets?.traits);
  apply(form.credentials, facets?.credentials);
  const education = new Map((facets?.entryEducation ?? []).map((f) => [f.value, f.count]));
  for (const select of [form.atLeast, form.atMost]) {
    for (const option of select.options) {
      if (!option.value) continue;
      const n = facets ? (education.get(option.value) ?? 0) : null;
      option.textContent = `${educationName(option.value)}${n === null ? '' : ` (${n})`}`;
      option.dataset.count = n === null ? '' : String(n);
    }
  }
}

function toPlotCareer(c: CareerRow): PlotCareer {
  return {
    slug: c.slug,
    title: c.title,
    pay: c.medianPay?.annual ?? null,
    payIsFloor: c.medianPay?.isLowerBound ?? false,
    growth: c.projectedGrowthPct,
    educationCode: c.entryEducation?.code ?? null,
    educationName: c.entryEducation?.name ?? null,
  };
}

function buildTable(
  careers: readonly CareerRow[],
  state: ExploreState,
  onSort: (field: CareerSortField) => void,
): HTMLTableElement {
  const table = el('table', { className: 'data careers-table', id: 'careers-table' });
  const caption = el('caption', {
    className: 'visually-hidden',
    text: 'Careers matching the filters',
  });
  const headRow = el('tr');
  for (const column of COLUMNS) {
    const th = el('th', { className: column.numeric ? 'num' : '' });
    th.scope = 'col';
    th.dataset.label = column.label;
    if (column.sort) {
      const active = state.sort.field === column.sort;
      th.setAttribute(
        'aria-sort',
        active ? (state.sort.direction === 'ASC' ? 'ascending' : 'descending') : 'none',
      );
      const arrow = el('span', {
        text: active ? (state.sort.direction === 'ASC' ? ' ▲' : ' ▼') : '',
      });
      arrow.setAttribute('aria-hidden', 'true');
      const button = el('button', { text: column.label }, [arrow]);
      button.type = 'button';
      button.dataset.sort = column.sort;
      const field = column.sort;
      button.addEventListener('click', () => onSort(field));
      th.append(button);
    } else th.textContent = column.label;
    headRow.append(th);
  }
  const body = el('tbody');
  for (const career of careers) {
    const tr = el('tr');
    tr.dataset.slug = career.slug;
    for (const column of COLUMNS) {
      tr.append(el('td', { className: column.numeric ? 'num' : '' }, [column.cell(career)]));
    }
    body.append(tr);
  }
  table.append(caption, el('thead', {}, [headRow]), body);
  return table;
}

/** The table exactly as shown: header labels, then each row's cell texts. */
export function tableCells(table: HTMLTableElement): string[][] {
  const header = [...table.tHead!.rows[0]!.cells].map(
    (th) => th.dataset.label ?? th.textContent ?? '',
  );
  const rows = [...table.tBodies[0]!.rows].map((tr) =>
    [...tr.cells].map((td) => td.textContent ?? ''),
  );
  return [header, ...rows];
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = el('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has handed the blob to the download; revoke on the next turn, not before.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `/?query=…&variables=…`: the IDE opens the table's own query in a tab of its own. */
export function ideLink(state: ExploreState): string {
  const variables = { filter: toFilter(state), sort: [state.sort], first: PAGE_SIZE };
  const params = new URLSearchParams({
    query: EXPLORE_CAREERS_QUERY,
    variables: JSON.stringify(variables, null, 2),
  });
  return `/?${params.toString()}`;
}

function sortFor(field: CareerSortField, current: ExploreState['sort']): ExploreState['sort'] {
  if (current.field === field)
    return { field, direction: current.direction === 'ASC' ? 'DESC' : 'ASC' };
  // Figures read best from the largest; titles from A.
  return { field, direction: field === 'TITLE' ? 'ASC' : 'DESC' };
}

export async function renderCareersPage(root: HTMLElement): Promise<void> {
  root.dataset.state = 'loading';
  document.title = 'Careers explorer · Healthcare careers';
  const [vocabulary, everyone, levels] = await Promise.all([
    fetchVocabulary(),
    fetchAllCareers(null, [DEFAULT_SORT]),
    fetchPayByEducation().catch(() => [] as PayByEducationRow[]),
  ]);

  const form = buildForm(vocabulary);
  // Short names for the summary line: a credential by its acronym, the rest by name.
  const names = new Map<string, string>([
    ...vocabulary.settings.map((v) => [v.id, v.name] as const),
    ...vocabulary.traits.map((v) => [v.id, v.name.toLowerCase()] as const),
    ...vocabulary.credentials.map((v) => [v.id, v.acronym ?? v.name] as const),
  ]);
  WIDE.addEventListener('change', () => {
    if (WIDE.matches) form.toggle.open = true;
  });
  const notices = el('div', { className: 'notices', id: 'explore-notices' });
  notices.setAttribute('role', 'status');
  const summary = el('p', { className: 'summary', id: 'explore-summary' });
  summary.setAttribute('aria-live', 'polite');
  const errors = el('div', { id: 'explore-errors' });
  const csvButton = el('button', { text: 'Download CSV', id: 'download-csv' });
  csvButton.type = 'button';
  const ideAnchor = el('a', {
    text: 'Open in the IDE',
    className: 'button secondary',
    id: 'open-in-ide',
  });
  const actions = el('p', { className: 'actions' }, [csvButton, ' ', ideAnchor]);
  const tableWrap = el('div', { className: 'table-wrap' });
  const plots = el('div', { className: 'plots' });
  const results = el('section', { className: 'results' }, [
    el('h2', { text: 'Matching careers' }),
    summary,
    errors,
    actions,
    tableWrap,
    el('h2', { text: 'Pictures' }),
    plots,
  ]);
  results.setAttribute('aria-labelledby', 'explore-results-heading');
  (results.firstChild as HTMLElement).id = 'explore-results-heading';
  root.replaceChildren(
    el('h1', { text: 'Healthcare careers' }),
    el('p', {
      className: 'intro',
      text:
        'Filter the 2024–34 BLS Occupational Outlook Handbook careers; each choice shows how many careers it would leave. ' +
        'Every setting of the filters is in the address, so a link brings back the same list.',
    }),
    notices,
    el('div', { className: 'explore-layout' }, [form.element, results]),
  );

  let state: ExploreState;
  let shown: CareerRow[] = [];
  let generation = 0;

  const showNotices = (lines: string[]): void => {
    notices.replaceChildren();
    if (lines.length === 0) return;
    const box = el('div', { className: 'notice' }, [
      el('strong', { text: 'Some of the address could not be read and was left out:' }),
      el(
        'ul',
        {},
        lines.map((line) => el('li', { text: line })),
      ),
    ]);
    notices.append(box);
  };

  const drawPlots = (): void => {
    const slugs = new Set(shown.map((c) => c.slug));
    const all = everyone.careers.map(toPlotCareer);
    const width = plotWidth(plots);
    // The API's figure for all occupations, as every career with a known growth carries it.
    const nationalPct =
      everyone.careers.find((c) => c.growthVsNationalAverage)?.growthVsNationalAverage
        ?.nationalPct ?? NATIONAL_GROWTH_PCT;
    plots.dataset.width = String(width);
    plots.replaceChildren(
      payGrowthScatter({ all, shownSlugs: slugs, width, nationalPct }),
      payByEducationPlot({
        all,
        shownSlugs: slugs,
        width,
        levels: levels.map((l) => ({ ...l, code: l.level.code, name: l.level.name })),
      }),
    );
  };

  /** Asks the API for what the state leaves and shows it; a newer call wins over an older one. */
  const load = async (): Promise<void> => {
    const mine = ++generation;
    root.dataset.state = 'loading';
    results.setAttribute('aria-busy', 'true');
    const filter = toFilter(state);
    ideAnchor.href = ideLink(state);
    const [careers, facets] = await Promise.allSettled([
      fetchAllCareers(filter, [state.sort]),
      fetchFacets(filter),
    ]);
    if (mine !== generation) return;
    const problems: string[] = [];
    if (careers.status === 'fulfilled') shown = careers.value.careers;
    else {
      shown = [];
      problems.push(
        `The careers could not be listed: ${String((careers.reason as Error).message)}`,
      );
    }
    const counts = facets.status === 'fulfilled' ? facets.value : null;
    if (facets.status === 'rejected') {
      problems.push(
        `The facet counts could not be read: ${String((facets.reason as Error).message)}`,
      );
    }
    errors.replaceChildren(
      ...problems.map((p) => {
        const box = el('p', { className: 'notice notice-error', text: p });
        box.setAttribute('role', 'alert');
        return box;
      }),
    );
    writeCounts(form, counts);
    const chosen = describe(state, (id) => names.get(id) ?? id);
    const parts = chosenFacets(state);
    form.chosenCount.textContent = parts ? ` (${parts} chosen)` : '';
    summary.textContent =
      `${shown.length} of ${everyone.totalCount} careers` +
      (chosen ? ` match: ${chosen}.` : ' (no filter).');
    // A header pressed from the keyboard keeps the focus on its rebuilt self.
    const focusedSort =
      document.activeElement instanceof HTMLElement && tableWrap.contains(document.activeElement)
        ? document.activeElement.dataset.sort
        : undefined;
    tableWrap.replaceChildren(
      buildTable(shown, state, (field) => change({ ...state, sort: sortFor(field, state.sort) })),
    );
    if (focusedSort) {
      tableWrap.querySelector<HTMLElement>(`button[data-sort="${focusedSort}"]`)?.focus();
    }
    csvButton.disabled = careers.status !== 'fulfilled';
    drawPlots();
    results.removeAttribute('aria-busy');
    root.dataset.state = 'ready';
  };

  /**
   * The text field whose typing made the current history entry: further pauses in the same
   * field replace that entry, so Back skips the half-typed words to the state before them.
   */
  let typedField: string | null = null;

  /** A new state from the page itself: a history entry, then the data. */
  const change = (next: ExploreState, typedIn: string | null = null): void => {
    const search = toSearch(next);
    if (search === toSearch(state)) return;
    state = next;
    const url = `/explore${search}`;
    if (typedIn !== null && typedIn === typedField) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    typedField = typedIn;
    void load();
  };

  const fromLocation = (): void => {
    const parsed = parseUrl(window.location.search);
    const lines = [...parsed.notices, ...dropUnknownIds(parsed.state, vocabulary)];
    state = parsed.state;
    showNotices(lines);
    // The address now says what the page shows: what was left out is gone from it too.
    const search = toSearch(state);
    if (search !== window.location.search) history.replaceState(null, '', `/explore${search}`);
    writeForm(form, state);
  };

  const fromForm = (typedIn: string | null = null): void => {
    const next = readForm(form, state.sort);
    const bad =
      (next.payMin !== null && next.payMax !== null && next.payMin > next.payMax) ||
      (next.growthMin !== null && next.growthMax !== null && next.growthMin > next.growthMax);
    form.rangeError.hidden = !bad;
    form.rangeError.textContent = bad
      ? 'A range’s “from” is above its “to”; fix it to apply the range.'
      : '';
    if (bad) return;
    change(next, typedIn);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.element.addEventListener('submit', (event) => {
    event.preventDefault();
    fromForm();
  });
  form.element.addEventListener('change', () => {
    clearTimeout(typing);
    fromForm();
  });
  form.element.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type === 'checkbox') return;
    clearTimeout(typing);
    const field = event.target.id;
    typing = setTimeout(() => fromForm(field), TYPING_PAUSE_MS);
  });
  form.element.addEventListener('reset', (event) => {
    event.preventDefault();
    writeForm(form, { ...parseUrl('').state, sort: state.sort });
    fromForm();
  });
  csvButton.addEventListener('click', () => {
    const table = tableWrap.querySelector('table');
    if (!table) return;
    download('careers.csv', toCsv(tableCells(table)));
  });
  window.addEventListener('popstate', () => {
    typedField = null;
    fromLocation();
    void load();
  });
  let lastWidth = plotWidth(plots);
  let resizing: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => {
      if (plotWidth(plots) === lastWidth) return;
      lastWidth = plotWidth(plots);
      drawPlots();
    }, 150);
  });

  state = parseUrl(window.location.search).state;
  fromLocation();
  await load();
}
