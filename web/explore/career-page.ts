import './career-page.css';
import { ApiError, request } from './api';
import { errorMessage, h, link, notice, section, sourceLink } from './career-dom';
import { peerPayPlot, settingsPlot, shareRows } from './career-plots';
import {
  CAREER_PAGE_QUERY,
  CAREER_PEERS_QUERY,
  CAREER_SIMILAR_QUERY,
  CAREER_TITLES_QUERY,
} from './career-queries';
import type {
  CareerDetail,
  CareerRef,
  EvidencedFact,
  PeersAnswer,
  SimilarAnswer,
  SimilarHit,
} from './career-types';
import {
  careerPath,
  comparePath,
  count,
  graphPath,
  growthVersusNational,
  licensureName,
  money,
  NATIONAL_GROWTH_PCT,
  TRAIT_KIND,
  traitKindName,
} from './format';
import { movesSection } from './moves';

/**
 * The career page, /explore/career/<slug>: every figure with its source (the OOH's own phrase
 * where the importer kept one), where the career works, its pay among its peers, its education
 * ladder, licence and certifications, traits, similar careers with what they share, and
 * "Where can I go from here?". The career comes first in one request; the rest (similar careers,
 * peers, the compare picker's titles, the moves) follows in parallel, each section on its own,
 * so one slow or failing part leaves the others readable.
 */

interface Fact {
  fact: EvidencedFact;
  term: string;
  value: string;
  /** Said beside the value, e.g. the national average for growth. */
  detail?: string;
  /** False when the figure is unknown: then there is no phrase to miss. */
  known: boolean;
}

function payValue(career: CareerDetail): string {
  const pay = career.medianPay;
  if (!pay || (pay.annual === null && pay.hourly == null)) {
    return career.noPayReason ? `not published (${career.noPayReason})` : 'not published';
  }
  const parts = [
    pay.annual === null ? null : `${money(pay.annual, pay.isLowerBound)} a year`,
    pay.hourly == null
      ? null
      : `${pay.isLowerBound ? '≥ ' : ''}${new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(pay.hourly)} an hour`,
  ].filter((p): p is string => p !== null);
  return parts.join(', ');
}

function facts(career: CareerDetail): Fact[] {
  const growth = career.growthVsNationalAverage;
  return [
    {
      fact: 'MEDIAN_PAY',
      term: 'Median pay (May 2024)',
      value: payValue(career),
      known: career.medianPay !== null,
    },
    {
      fact: 'JOBS_2024',
      term: 'Jobs (2024)',
      value: career.jobs2024 === null ? 'not published' : count(career.jobs2024),
      known: career.jobs2024 !== null,
    },
    {
      fact: 'PROJECTED_GROWTH',
      term: 'Projected growth, 2024–34',
      value:
        career.projectedGrowthPct === null
          ? 'not published'
          : growthVersusNational(career.projectedGrowthPct),
      detail: [
        career.growthDescription,
        `all occupations: ${growth?.nationalPct ?? NATIONAL_GROWTH_PCT} %`,
      ]
        .filter(Boolean)
        .join('; '),
      known: career.projectedGrowthPct !== null,
    },
    {
      fact: 'ANNUAL_OPENINGS',
      term: 'Openings a year',
      value: career.annualOpenings === null ? 'not published' : count(career.annualOpenings),
      known: career.annualOpenings !== null,
    },
    {
      fact: 'ENTRY_EDUCATION',
      term: 'Typical entry education',
      value: career.entryEducation?.name ?? 'not published',
      known: career.entryEducation !== null,
    },
    {
      fact: 'LICENSURE',
      term: 'Licensure',
      value: licensureName(career.licensure),
      ...(career.licensureScope ? { detail: career.licensureScope } : {}),
      known: career.licensure !== 'UNKNOWN',
    },
  ];
}

function factsList(career: CareerDetail): HTMLElement {
  const evidence = new Map(career.evidence.map((e) => [e.fact, e]));
  return h(
    'dl',
    { className: 'career-facts' },
    facts(career).map((f) => {
      const found = evidence.get(f.fact);
      return h('div', { className: 'fact', attrs: { 'data-fact': f.fact } }, [
        h('dt', { text: f.term }),
        h('dd', { className: 'fact-value', text: f.value }),
        f.detail ? h('dd', { className: 'fact-detail', text: f.detail }) : null,
        found
          ? h('dd', { className: 'fact-source' }, [
              h('q', { className: 'evidence-phrase', text: found.phrase }),
              ' ',
              sourceLink(found.source, 'OOH page'),
            ])
          : f.known
            ? h('dd', {
                className: 'fact-source fact-source-none',
                text: 'No phrase recorded for this figure; the career’s sources are listed below.',
              })
            : null,
      ]);
    }),
  );
}

function header(career: CareerDetail): HTMLElement {
  return h('header', { className: 'career-header' }, [
    h('p', { className: 'breadcrumb' }, [link('/explore', 'All careers'), ' › career']),
    h('h1', { text: career.title }),
    h('p', { className: 'summary', text: career.summary }),
    career.family
      ? h('p', { className: 'family' }, [
          'Described on a shared OOH page: ',
          sourceLink(career.family.source, career.family.title),
        ])
      : null,
    h('p', { className: 'career-links' }, [
      link(graphPath(career.slug), 'Neighbourhood picture'),
      ' · ',
      sourceLink(career.oohUrl, 'Occupational Outlook Handbook page'),
      ' · ',
      link('#moves', 'Where can I go from here?'),
    ]),
  ]);
}

/** The settings section; `draw()` adds the plot once the section is in the page and has a width. */
function settingsSection(career: CareerDetail): { element: HTMLElement; draw(): void } {
  const sec = section('settings', 'Where they work', []);
  if (career.settings.length === 0) {
    sec.append(h('p', { text: career.noSettingsReason ?? 'No work settings are recorded.' }));
    return { element: sec, draw: () => undefined };
  }
  const list = h(
    'ul',
    { className: 'settings-list' },
    career.settings.map((s) =>
      h(
        'li',
        {
          attrs: {
            'data-setting': s.setting.id,
            'data-share': s.sharePct === null ? '' : String(s.sharePct),
            'data-scope': s.scope,
          },
        },
        [
          h('span', { className: 'setting-name', text: s.setting.name }),
          ': ',
          s.sharePct === null ? 'share not published' : `${s.sharePct} % of jobs`,
          s.scope === 'FAMILY'
            ? h('span', {
                className: 'badge badge-family',
                text: 'family-level',
                attrs: {
                  title: 'The share counts the jobs of the OOH page’s whole family of occupations',
                },
              })
            : null,
          ' ',
          ...s.sources.flatMap((url, i) => [i > 0 ? ' ' : '', sourceLink(url, 'source')]),
        ],
      ),
    ),
  );
  const plotHolder = h('div', { className: 'plot-holder' });
  const unknown = career.settings.some((s) => s.sharePct === null);
  const known = shareRows(career.settings).length > 0;
  sec.append(
    plotHolder,
    list,
    unknown && known
      ? h('p', {
          className: 'hint',
          text: 'Settings without a published share are listed but not drawn.',
        })
      : '',
  );
  return {
    element: sec,
    draw(): void {
      const plot = settingsPlot(plotHolder, career);
      if (plot) plotHolder.replaceChildren(plot);
    },
  };
}

function educationSection(career: CareerDetail): HTMLElement {
  const entryRank = career.entryEducation?.rank ?? null;
  const ladder = career.educationOptions.map((o) =>
    h('li', { attrs: { 'data-level': o.level.code } }, [
      h('strong', { text: o.level.name }),
      o.level.rank === entryRank ? h('span', { className: 'badge', text: 'typical entry' }) : null,
      o.note ? ` — ${o.note} ` : ' ',
      sourceLink(o.source, 'source'),
    ]),
  );
  return section('education', 'Education ladder', [
    ladder.length > 0
      ? h('ol', { className: 'ladder' }, ladder)
      : h('p', {
          text: `Typical entry education: ${career.entryEducation?.name ?? 'not published'}. No other levels are recorded.`,
        }),
    career.workExperience || career.onTheJobTraining
      ? h('p', {
          text: [
            career.workExperience ? `Work experience: ${career.workExperience}.` : null,
            career.onTheJobTraining ? `On-the-job training: ${career.onTheJobTraining}.` : null,
          ]
            .filter(Boolean)
            .join(' '),
        })
      : null,
  ]);
}

const ROLE_NAMES: Readonly<Record<string, string>> = {
  REQUIRED: 'Required',
  REQUIRED_IN_SOME_STATES: 'Required in some states',
  PREFERRED: 'Preferred by employers',
  OPTIONAL: 'Optional',
};

const KIND_NAMES: Readonly<Record<string, string>> = {
  LICENSE: 'State licence',
  LICENSING_EXAM: 'Licensing exam',
  CERTIFICATION: 'Certification',
  REGISTRATION: 'Registration',
};

function credentialsSection(career: CareerDetail): HTMLElement {
  const licence = h('p', { className: 'licence', attrs: { 'data-licensure': career.licensure } }, [
    h('strong', { text: 'Licence: ' }),
    licensureName(career.licensure),
    career.licensureScope ? ` — ${career.licensureScope}` : '',
  ]);
  // A list of cards, not a table: five columns of long names cannot be read at 360 px.
  const items = career.credentials.map((c) => {
    const issuer = c.credential.issuer
      ? `issued by ${c.credential.issuer.name}${c.credential.issuer.acronym ? ` (${c.credential.issuer.acronym})` : ''}`
      : 'issued by each state';
    return h('li', { className: 'credential', attrs: { 'data-credential': c.credential.id } }, [
      h('p', { className: 'credential-name' }, [
        h('strong', {
          text:
            c.credential.acronym && c.credential.acronym !== c.credential.name
              ? `${c.credential.name} (${c.credential.acronym})`
              : c.credential.name,
        }),
      ]),
      h('p', {
        className: 'credential-meta',
        text: `${KIND_NAMES[c.credential.kind] ?? c.credential.kind} · ${ROLE_NAMES[c.role] ?? c.role} · ${issuer}`,
      }),
      h('p', { className: 'credential-note' }, [
        c.note ? `${c.note} ` : '',
        sourceLink(c.source, 'source'),
      ]),
    ]);
  });
  return section('credentials', 'Licence and certifications', [
    licence,
    items.length > 0
      ? h('ul', { className: 'credentials' }, items)
      : h('p', { text: 'No certifications are recorded.' }),
  ]);
}

function traitsSection(career: CareerDetail): HTMLElement {
  const groups = TRAIT_KIND.values
    .map((kind) => ({ kind, traits: career.traits.filter((t) => t.kind === kind) }))
    .filter((g) => g.traits.length > 0);
  return section('traits', 'Qualities, conditions and schedules', [
    groups.length === 0
      ? h('p', { text: 'No traits are recorded.' })
      : h(
          'div',
          { className: 'trait-groups' },
          groups.map((g) =>
            h('div', { className: 'trait-group', attrs: { 'data-kind': g.kind } }, [
              h('h3', { text: traitKindName(g.kind) }),
              h(
                'ul',
                { className: 'chips' },
                g.traits.map((t) => h('li', { text: t.name })),
              ),
            ]),
          ),
        ),
  ]);
}

function sharedText(label: string, hit: SimilarHit | undefined): HTMLElement | null {
  if (!hit || hit.shared.length === 0) return null;
  return h('p', { className: 'shared' }, [
    h('span', { className: 'shared-term', text: `${label}: ` }),
    hit.shared.map((s) => s.name).join(', '),
  ]);
}

function similarSection(career: CareerDetail): {
  element: HTMLElement;
  fill(data: SimilarAnswer): void;
} {
  const list = h('ul', { className: 'similar-list' });
  const more = h('div', { className: 'similar-more' });
  const element = section('similar', 'Similar careers', [
    h('p', {
      className: 'lead',
      text: 'The OOH’s similar occupations that are in the graph, each with what it shares with this career.',
    }),
    list,
    more,
  ]);
  const item = (ref: CareerRef, data: SimilarAnswer | null): HTMLElement => {
    const find = (hits: SimilarHit[] | undefined): SimilarHit | undefined =>
      hits?.find((hit) => hit.career.slug === ref.slug);
    const shared = data
      ? [
          sharedText('Traits', find(data.byTraits)),
          sharedText('Settings', find(data.bySettings)),
          sharedText('Credentials', find(data.byCredentials)),
        ].filter((p): p is HTMLElement => p !== null)
      : [];
    return h('li', { attrs: { 'data-slug': ref.slug } }, [
      h('p', { className: 'similar-title' }, [
        link(careerPath(ref.slug), ref.title),
        ' · ',
        link(comparePath([career.slug, ref.slug]), 'compare'),
      ]),
      ...(data && shared.length === 0
        ? [h('p', { className: 'shared', text: 'Nothing recorded in common.' })]
        : shared),
    ]);
  };
  const draw = (data: SimilarAnswer | null): void => {
    list.replaceChildren(...career.similarOccupations.map((ref) => item(ref, data)));
    if (career.similarOccupations.length === 0)
      list.replaceChildren(h('li', { text: 'The OOH lists none in the graph.' }));
  };
  draw(null);
  return {
    element,
    fill(data: SimilarAnswer): void {
      draw(data);
      const listed = new Set([career.slug, ...career.similarOccupations.map((c) => c.slug)]);
      const alike = data.byTraits
        .filter((hit) => !listed.has(hit.career.slug) && hit.shared.length > 0)
        .slice(0, 5);
      if (alike.length === 0) return;
      more.replaceChildren(
        h('h3', { text: 'Also alike by traits' }),
        h(
          'ul',
          { className: 'similar-list' },
          alike.map((hit) =>
            h('li', { attrs: { 'data-slug': hit.career.slug } }, [
              h('p', { className: 'similar-title' }, [
                link(careerPath(hit.career.slug), hit.career.title),
                ` · ${Math.round(hit.score * 100)} % of traits shared · `,
                link(comparePath([career.slug, hit.career.slug]), 'compare'),
              ]),
              sharedText('Traits', hit),
            ]),
          ),
        ),
      );
    },
  };
}

function comparePicker(career: CareerDetail): {
  element: HTMLElement;
  fill(titles: CareerRef[]): void;
} {
  const select = h('select', { id: 'compare-with', attrs: { name: 'compareWith' } });
  // The similar occupations first, then every career once the titles arrive; a choice already
  // made survives the swap.
  const options = (refs: CareerRef[]): void => {
    const chosen = select.value;
    select.replaceChildren(
      ...refs
        .filter((r) => r.slug !== career.slug)
        .map((r) => h('option', { text: r.title, attrs: { value: r.slug } })),
    );
    if (chosen && refs.some((r) => r.slug === chosen)) select.value = chosen;
  };
  options(career.similarOccupations);
  const form = h('form', { className: 'compare-picker' }, [
    h('label', { text: 'Compare with', attrs: { for: 'compare-with' } }),
    select,
    h('button', { text: 'Compare', attrs: { type: 'submit' } }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (select.value) window.location.assign(comparePath([career.slug, select.value]));
  });
  return {
    element: section('compare', 'Compare with another career', [form]),
    fill: options,
  };
}

function sourcesSection(career: CareerDetail): HTMLElement {
  return section('sources', 'Sources', [
    h(
      'ul',
      { className: 'sources' },
      career.sources.map((s) => h('li', {}, [sourceLink(s.url, s.title), ` — ${s.publisher}`])),
    ),
  ]);
}

function toc(): HTMLElement {
  const entries: [string, string][] = [
    ['figures', 'Figures'],
    ['settings', 'Where they work'],
    ['pay', 'Pay among peers'],
    ['education', 'Education'],
    ['credentials', 'Licence and certifications'],
    ['traits', 'Traits'],
    ['similar', 'Similar careers'],
    ['moves', 'Where can I go from here?'],
    ['compare', 'Compare'],
    ['sources', 'Sources'],
  ];
  return h('nav', { className: 'toc', attrs: { 'aria-label': 'On this page' } }, [
    h(
      'ul',
      {},
      entries.map(([id, text]) => h('li', {}, [link(`#${id}`, text)])),
    ),
  ]);
}

function notFound(page: HTMLElement, slug: string): void {
  page.replaceChildren(
    h('h1', { text: 'Career not found' }),
    notice(`No career has the slug “${slug}”.`, true),
    h('p', {}, [
      link('/explore', 'See all careers'),
      ' or search for one from the compare page: ',
      link(comparePath([]), 'compare careers'),
    ]),
  );
  page.dataset.state = 'not-found';
  document.title = 'Career not found · Explorer';
}

/** The moves section of the page on screen, so back/forward can re-read its URL state. */
let active: { path: string; refresh(): void; page: HTMLElement } | null = null;
let listening = false;

function listenForHistory(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('popstate', () => {
    if (active && active.page.isConnected && window.location.pathname === active.path)
      active.refresh();
  });
}

export async function renderCareerPage(root: HTMLElement, slug: string): Promise<void> {
  const page = h(
    'article',
    { className: 'career-page', attrs: { 'data-state': 'loading', 'data-slug': slug } },
    [h('p', { text: 'Loading the career…' })],
  );
  root.replaceChildren(page);
  let career: CareerDetail | null;
  try {
    career = (await request<{ career: CareerDetail | null }>(CAREER_PAGE_QUERY, { slug })).career;
  } catch (error) {
    page.replaceChildren(
      h('h1', { text: 'Career not shown' }),
      notice(`${error instanceof ApiError ? 'The API refused: ' : ''}${errorMessage(error)}`, true),
      h('p', {}, [link('/explore', 'See all careers')]),
    );
    page.dataset.state = 'error';
    return;
  }
  if (!career) {
    notFound(page, slug);
    return;
  }
  document.title = `${career.title} · Explorer`;

  const pay = section('pay', 'Pay among its peers', [h('p', { text: 'Loading the peers’ pay…' })]);
  const similar = similarSection(career);
  const moves = movesSection(career);
  const picker = comparePicker(career);
  const settings = settingsSection(career);
  page.replaceChildren(
    header(career),
    toc(),
    section('figures', 'Figures', [factsList(career)]),
    settings.element,
    pay,
    educationSection(career),
    credentialsSection(career),
    traitsSection(career),
    similar.element,
    moves.element,
    picker.element,
    sourcesSection(career),
  );
  active = { path: window.location.pathname, refresh: moves.refresh, page };
  listenForHistory();
  settings.draw();
  moves.refresh();
  if (window.location.hash)
    document.getElementById(window.location.hash.slice(1))?.scrollIntoView();

  const origin = career;
  await Promise.all([
    request<SimilarAnswer>(CAREER_SIMILAR_QUERY, { slug })
      .then((data) => similar.fill(data))
      .catch((error: unknown) =>
        similar.element.append(
          notice(`What similar careers share could not be loaded: ${errorMessage(error)}`, true),
        ),
      ),
    request<{ careers: { edges: { node: CareerRef }[] } }>(CAREER_TITLES_QUERY)
      .then((data) => picker.fill(data.careers.edges.map((e) => e.node)))
      .catch(() => undefined),
    peerSection(pay, origin),
  ]);
  page.dataset.state = 'ready';
}

async function peerSection(pay: HTMLElement, career: CareerDetail): Promise<void> {
  const heading = pay.querySelector('h2');
  const keep = heading ? [heading] : [];
  const level = career.entryEducation;
  if (!career.payRank || !level) {
    pay.replaceChildren(
      ...keep,
      h('p', {
        text: career.payRank
          ? 'Its entry education is not published.'
          : 'Its median pay is not published, so it is not ranked.',
      }),
    );
    return;
  }
  try {
    const data = await request<PeersAnswer>(CAREER_PEERS_QUERY, { level: level.code });
    const plot = peerPayPlot(
      pay,
      career,
      data.careers.edges.map((e) => e.node),
    );
    pay.replaceChildren(
      ...keep,
      h('p', {
        className: 'pay-rank',
        text: `Rank ${career.payRank.rank} of ${career.payRank.of} by median pay among careers entered with ${level.name.toLowerCase()} (1 = highest); their median is ${money(career.payRank.peerMedianPay)}.`,
      }),
      ...(plot ? [plot] : []),
    );
  } catch (error) {
    pay.replaceChildren(
      ...keep,
      notice(`The peers’ pay could not be loaded: ${errorMessage(error)}`, true),
    );
  }
}
