import { request } from './api';
import { errorMessage, h, link, notice, sourceLink } from './career-dom';
import { CAREER_MOVES_QUERY } from './career-queries';
import type { CareerDetail, CareerMove, MoveStep, StepAdds } from './career-types';
import {
  careerPath,
  comparePath,
  EDUCATION_LEVEL,
  educationName,
  isEducationCode,
  money,
} from './format';
import { KIND_LABELS, pathPicture } from './moves-path';
import {
  DEFAULT_MOVES,
  MAX_STEPS,
  movesSearch,
  movesVariables,
  parseMoves,
  type MovesState,
} from './moves-state';

/** "A short list": the API ranks by pay gain, so the first ten are the ones worth reading. */
export const MOVES_SHOWN = 10;

function signedMoney(value: number): string {
  return value >= 0 ? `+${money(value)}` : `−${money(-value)}`;
}

function credentialText(c: { name: string; acronym: string | null }): string {
  return c.acronym && c.acronym !== c.name ? `${c.name} (${c.acronym})` : c.name;
}

/** What a step or a move adds, as a list; "derived" is said where the source is silent. */
export function addsList(adds: StepAdds): HTMLElement {
  const items: HTMLElement[] = [];
  if (adds.education) {
    items.push(
      h('li', { attrs: { 'data-adds': 'education' } }, [
        h('span', { className: 'adds-term', text: 'Education: ' }),
        adds.education.name,
      ]),
    );
  }
  if (adds.credentials.length > 0) {
    items.push(
      h('li', { attrs: { 'data-adds': 'credentials' } }, [
        h('span', { className: 'adds-term', text: 'Credentials: ' }),
        adds.credentials.map(credentialText).join('; '),
      ]),
    );
  }
  items.push(
    h('li', { attrs: { 'data-adds': 'license' } }, [
      h('span', { className: 'adds-term', text: 'Licence: ' }),
      adds.license ? 'a new licence is needed' : 'no new licence',
    ]),
  );
  const list = h('ul', { className: 'adds' }, items);
  if (!adds.derived) return list;
  const facts = adds.derivedFrom.map((f) =>
    h('li', {}, [
      `${f.fact}: ${isEducationCode(f.value) ? educationName(f.value) : f.value} `,
      sourceLink(f.source),
    ]),
  );
  return h('div', { className: 'adds-block' }, [
    list,
    h('p', { className: 'derived-note' }, [
      h('span', { className: 'badge badge-derived', text: 'derived' }),
      ' Where the source is silent, what this adds is derived from these facts:',
    ]),
    h('ul', { className: 'derived-facts' }, facts),
  ]);
}

function stepItem(step: MoveStep): HTMLElement {
  return h('li', { className: 'move-step' }, [
    h('p', {}, [
      h('strong', { text: step.from.title }),
      ' → ',
      h('strong', { text: step.to.title }),
      ` (${KIND_LABELS[step.kind].toLowerCase()})`,
    ]),
    step.note
      ? h('p', { className: 'step-note' }, ['The source: ', h('q', { text: step.note })])
      : null,
    step.source
      ? h('p', { className: 'step-source' }, ['Source: ', sourceLink(step.source)])
      : null,
    addsList(step.adds),
  ]);
}

function moveItem(origin: CareerDetail, move: CareerMove, width: number): HTMLElement {
  const pay = move.career.medianPay;
  const gain =
    move.payGain === null ? 'pay gain unknown' : `pay gain ${signedMoney(move.payGain)} a year`;
  const destination =
    pay?.annual === null || pay?.annual === undefined
      ? ''
      : ` (median ${money(pay.annual, pay.isLowerBound)})`;
  const steps = move.steps.length;
  return h(
    'li',
    { className: 'move', attrs: { 'data-slug': move.career.slug, 'data-kind': move.kind } },
    [
      h('h3', { className: 'move-title' }, [link(careerPath(move.career.slug), move.career.title)]),
      h('p', { className: 'move-meta' }, [
        h('span', {
          className: `badge kind-${move.kind.toLowerCase()}`,
          text: KIND_LABELS[move.kind],
        }),
        ` ${gain}${destination} · ${steps} ${steps === 1 ? 'step' : 'steps'} · `,
        link(comparePath([origin.slug, move.career.slug]), 'compare'),
      ]),
      h('div', { className: 'move-body' }, [
        h('div', { className: 'move-adds' }, [
          h('h4', { text: 'What it adds' }),
          addsList(move.adds),
        ]),
        h('div', { className: 'move-path' }, [pathPicture(move, width)]),
      ]),
      h('details', { className: 'move-steps' }, [
        h('summary', { text: `The ${steps === 1 ? 'step' : `${steps} steps`}, with sources` }),
        h('ol', {}, move.steps.map(stepItem)),
      ]),
    ],
  );
}

function controls(state: MovesState, originLevel: string | null): HTMLFormElement {
  const form = h('form', {
    className: 'moves-controls',
    attrs: { 'aria-label': 'Constraints on the moves' },
  });
  const checkbox = (id: string, label: string, checked: boolean): HTMLElement => {
    const input = h('input', { id, attrs: { type: 'checkbox', name: id } });
    input.checked = checked;
    return h('div', { className: 'control control-check' }, [
      input,
      h('label', { text: label, attrs: { for: id } }),
    ]);
  };
  const education = h('select', { id: 'moves-education', attrs: { name: 'educationAtMost' } }, [
    h('option', { text: 'Any level', attrs: { value: '' } }),
    ...EDUCATION_LEVEL.values.map((code) => {
      const option = h('option', { text: educationName(code), attrs: { value: code } });
      option.selected = state.educationAtMost === code;
      return option;
    }),
  ]);
  const pay = h('input', {
    id: 'moves-pay',
    attrs: {
      type: 'number',
      name: 'minMedianPay',
      min: '0',
      step: '1000',
      inputmode: 'numeric',
      placeholder: 'any',
    },
  });
  if (state.minMedianPay !== null) pay.value = String(state.minMedianPay);
  const steps = h(
    'select',
    { id: 'moves-steps', attrs: { name: 'maxSteps' } },
    Array.from({ length: MAX_STEPS }, (_, i) => {
      const option = h('option', { text: String(i + 1), attrs: { value: String(i + 1) } });
      option.selected = state.maxSteps === i + 1;
      return option;
    }),
  );
  form.append(
    checkbox('moves-no-new-license', 'No new licence', state.noNewLicense),
    h('div', { className: 'control' }, [
      h('label', { text: 'Education at most', attrs: { for: 'moves-education' } }),
      education,
      originLevel ? h('span', { className: 'hint', text: `this career: ${originLevel}` }) : null,
    ]),
    h('div', { className: 'control' }, [
      h('label', { text: 'Pay at least (US $ a year)', attrs: { for: 'moves-pay' } }),
      pay,
    ]),
    checkbox('moves-include-similar', 'Include similar occupations', state.includeSimilar),
    h('div', { className: 'control' }, [
      h('label', { text: 'Steps at most', attrs: { for: 'moves-steps' } }),
      steps,
    ]),
    h('div', { className: 'control control-actions' }, [
      h('button', { text: 'Show moves', attrs: { type: 'submit' } }),
      h('button', { text: 'Reset', className: 'secondary', attrs: { type: 'reset' } }),
    ]),
  );
  return form;
}

function stateOf(form: HTMLFormElement): MovesState {
  const value = (id: string): string =>
    (form.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value ?? '').trim();
  const checked = (id: string): boolean =>
    form.querySelector<HTMLInputElement>(`#${id}`)?.checked ?? false;
  const education = value('moves-education');
  const pay = value('moves-pay');
  const steps = Number(value('moves-steps'));
  return {
    noNewLicense: checked('moves-no-new-license'),
    educationAtMost: isEducationCode(education) ? education : null,
    minMedianPay:
      pay !== '' && Number.isFinite(Number(pay)) && Number(pay) >= 0 ? Number(pay) : null,
    includeSimilar: checked('moves-include-similar'),
    maxSteps:
      Number.isInteger(steps) && steps >= 1 && steps <= MAX_STEPS ? steps : DEFAULT_MOVES.maxSteps,
  };
}

function summary(state: MovesState): string {
  const parts = [
    state.noNewLicense ? 'no new licence' : null,
    state.educationAtMost
      ? `education at most ${educationName(state.educationAtMost).toLowerCase()}`
      : null,
    state.minMedianPay !== null ? `pay at least ${money(state.minMedianPay)}` : null,
    state.includeSimilar ? null : 'advancements only',
    `at most ${state.maxSteps} ${state.maxSteps === 1 ? 'step' : 'steps'}`,
  ].filter((p): p is string => p !== null);
  return parts.join(', ');
}

async function showMoves(
  results: HTMLElement,
  origin: CareerDetail,
  state: MovesState,
): Promise<void> {
  results.dataset.state = 'loading';
  results.setAttribute('aria-busy', 'true');
  results.replaceChildren(h('p', { text: 'Finding moves…' }));
  try {
    const data = await request<{ careerMoves: CareerMove[] }>(
      CAREER_MOVES_QUERY,
      movesVariables(origin.slug, state, MOVES_SHOWN),
    );
    const moves = data.careerMoves;
    const width = Math.max(240, (results.clientWidth || 640) - 8);
    results.replaceChildren(
      h('p', {
        className: 'moves-summary',
        attrs: { role: 'status' },
        text:
          moves.length === 0
            ? `No career is within reach under these constraints (${summary(state)}).`
            : `${moves.length} ${moves.length === 1 ? 'move' : 'moves'}, highest pay gain first (${summary(state)}):`,
      }),
      ...(moves.length === 0
        ? []
        : [
            h(
              'ol',
              { className: 'moves' },
              moves.map((m) => moveItem(origin, m, width)),
            ),
          ]),
    );
    results.dataset.state = 'ready';
  } catch (error) {
    results.replaceChildren(notice(`The moves could not be found: ${errorMessage(error)}`, true));
    results.dataset.state = 'error';
  } finally {
    results.removeAttribute('aria-busy');
  }
}

/**
 * The "Where can I go from here?" section. Its state is the URL's `moves.*` parameters: a submit
 * pushes a new history entry, and `refresh()` (called by the page on back/forward) reads them
 * again, so a sent link and the back button show the same list.
 */
export function movesSection(origin: CareerDetail): { element: HTMLElement; refresh(): void } {
  const results = h('div', {
    className: 'moves-results',
    id: 'moves-results',
    attrs: { 'aria-live': 'polite' },
  });
  const problems = h('div', { className: 'moves-problems' });
  const holder = h('div', { className: 'moves-form-holder' });
  const element = h(
    'section',
    { id: 'moves', className: 'career-section', attrs: { 'aria-labelledby': 'moves-title' } },
    [
      h('h2', { id: 'moves-title', text: 'Where can I go from here?' }),
      h('p', {
        className: 'lead',
        text: 'Careers reachable from this one in a few steps, along the advancements the sources state and the OOH’s similar occupations, ranked by pay gain.',
      }),
      holder,
      problems,
      results,
    ],
  );

  const refresh = (): void => {
    const parsed = parseMoves(window.location.search);
    problems.replaceChildren(
      ...parsed.problems.map((p) => notice(`Ignored the link’s ${p}; the default is used.`, true)),
    );
    const form = controls(parsed.state, origin.entryEducation?.name ?? null);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const next = stateOf(form);
      const search = movesSearch(window.location.search, next);
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        window.history.pushState(null, '', url);
      }
      problems.replaceChildren();
      void showMoves(results, origin, next);
    });
    form.addEventListener('reset', (event) => {
      event.preventDefault();
      const search = movesSearch(window.location.search, { ...DEFAULT_MOVES });
      window.history.pushState(null, '', `${window.location.pathname}${search}`);
      refresh();
    });
    holder.replaceChildren(form);
    void showMoves(results, origin, parsed.state);
  };
  return { element, refresh };
}
