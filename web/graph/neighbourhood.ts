import type { ElementDefinition } from 'cytoscape';

/** Everything the picture and its side panel show, fetched in one request. */
export const NEIGHBOURHOOD_QUERY = `query CareerNeighbourhood($slug: ID!) {
  career(slug: $slug) {
    slug
    title
    summary
    oohUrl
    medianPay { annual hourly isLowerBound }
    entryEducation { name }
    jobs2024
    projectedGrowthPct
    growthDescription
    annualOpenings
    licensure
    licensureScope
    growthVsNationalAverage { nationalPct differencePct }
    settings { sharePct setting { id name } }
    credentials { role credential { id name acronym kind } }
    traits { id name kind }
    similarOccupations { slug title }
    advancesTo { career { slug title } note }
    advancesFrom { career { slug title } }
  }
}`;

export interface CareerRef {
  slug: string;
  title: string;
}

export interface Neighbourhood {
  slug: string;
  title: string;
  summary: string | null;
  oohUrl: string | null;
  medianPay: { annual: number | null; hourly: number | null; isLowerBound: boolean } | null;
  entryEducation: { name: string } | null;
  jobs2024: number | null;
  projectedGrowthPct: number | null;
  growthDescription: string | null;
  annualOpenings: number | null;
  licensure: string | null;
  licensureScope: string | null;
  growthVsNationalAverage: { nationalPct: number; differencePct: number } | null;
  settings: { sharePct: number | null; setting: { id: string; name: string } }[];
  credentials: {
    role: string;
    credential: { id: string; name: string; acronym: string | null; kind: string };
  }[];
  traits: { id: string; name: string; kind: string }[];
  similarOccupations: CareerRef[];
  advancesTo: { career: CareerRef; note: string | null }[];
  advancesFrom: { career: CareerRef }[];
}

/** The node kinds, in the order their groups go round the centre, clockwise from the top. */
export const NODE_KINDS = ['setting', 'career', 'credential', 'trait'] as const;
export type NodeKind = 'centre' | (typeof NODE_KINDS)[number];

export interface NodeData {
  id: string;
  label: string;
  kind: NodeKind;
  /** Set on career nodes (the centre included): where a tap leads. */
  slug?: string;
  detail?: string;
}

export type EdgeKind = 'works-in' | 'credential' | 'trait' | 'similar' | 'advances';

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  label?: string;
  /** Share of the career's jobs in a setting, 0–100; drives the edge width. */
  share?: number;
}

export function careerNodeId(slug: string): string {
  return `career:${slug}`;
}

/** `REQUIRED_IN_SOME_STATES` → `required in some states`. */
export function enumWords(value: string): string {
  return value.toLowerCase().replace(/_/g, ' ');
}

function formatShare(sharePct: number | null): string | undefined {
  return sharePct === null ? undefined : `${Math.round(sharePct)}%`;
}

/**
 * Turns a career's neighbourhood into cytoscape elements. Node ids are prefixed by kind because
 * a setting and a credential may share an id; a career reached twice (similar and an advancement
 * step, say) is one node with one edge per relation.
 */
export function toElements(career: Neighbourhood): ElementDefinition[] {
  const centre = careerNodeId(career.slug);
  const nodes = new Map<string, NodeData>();
  const edges: EdgeData[] = [];
  nodes.set(centre, { id: centre, label: career.title, kind: 'centre', slug: career.slug });

  const addNode = (node: NodeData): void => {
    if (!nodes.has(node.id)) nodes.set(node.id, node);
  };
  const addEdge = (edge: Omit<EdgeData, 'id'>): void => {
    edges.push({ ...edge, id: `${edge.kind}:${edge.source}->${edge.target}` });
  };

  for (const { sharePct, setting } of career.settings) {
    const id = `setting:${setting.id}`;
    const share = formatShare(sharePct);
    addNode({
      id,
      label: setting.name,
      kind: 'setting',
      detail: share ? `${share} of jobs` : 'share of jobs not published',
    });
    addEdge({
      source: centre,
      target: id,
      kind: 'works-in',
      ...(share === undefined ? {} : { label: share, share: sharePct ?? 0 }),
    });
  }
  const addCareer = (ref: CareerRef): string => {
    const id = careerNodeId(ref.slug);
    if (id !== centre) addNode({ id, label: ref.title, kind: 'career', slug: ref.slug });
    return id;
  };
  for (const { career: next, note } of career.advancesTo) {
    const id = addCareer(next);
    if (id === centre) continue;
    addEdge({ source: centre, target: id, kind: 'advances' });
    const node = nodes.get(id);
    if (node && note) node.detail = note;
  }
  for (const { career: previous } of career.advancesFrom) {
    const id = addCareer(previous);
    if (id !== centre) addEdge({ source: id, target: centre, kind: 'advances' });
  }
  for (const similar of career.similarOccupations) {
    const id = addCareer(similar);
    if (id !== centre) addEdge({ source: centre, target: id, kind: 'similar' });
  }
  for (const { role, credential } of career.credentials) {
    const id = `credential:${credential.id}`;
    addNode({
      id,
      label: credential.acronym ?? credential.name,
      kind: 'credential',
      detail: `${credential.name} (${enumWords(credential.kind)}, ${enumWords(role)})`,
    });
    addEdge({ source: centre, target: id, kind: 'credential', label: enumWords(role) });
  }
  for (const trait of career.traits) {
    const id = `trait:${trait.id}`;
    addNode({ id, label: trait.name, kind: 'trait', detail: enumWords(trait.kind) });
    addEdge({ source: centre, target: id, kind: 'trait' });
  }

  const positions = placeAround([...nodes.values()]);
  return [
    ...[...nodes.values()].map((data) => {
      const position = positions.get(data.id) ?? { x: 0, y: 0 };
      // Labels go on the side away from the centre, so edges never run through them.
      const classes = data.kind !== 'centre' && position.y < 0 ? 'label-above' : '';
      return { group: 'nodes' as const, data: { ...data }, position, classes };
    }),
    ...edges.map((data) => ({ group: 'edges' as const, data: { ...data } })),
  ];
}

/**
 * Room per node along the ring, in model units. Less than a label's width (120) because
 * neighbours alternate between two radii, so a label only has to clear the one two places on.
 */
const SLOT = 90;
const MIN_RADIUS = 220;
const OUTER = 1.3;

/**
 * Places neighbours on a ring round the centre, grouped by kind so each kind reads as one arc.
 * Computed rather than left to a force layout so the picture is the same on every load and for
 * the tests; every other node sits a little further out so neighbouring labels do not collide.
 */
export function placeAround(nodes: readonly NodeData[]): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  const ring = NODE_KINDS.flatMap((kind) => nodes.filter((node) => node.kind === kind));
  for (const node of nodes) if (node.kind === 'centre') positions.set(node.id, { x: 0, y: 0 });
  const radius = Math.max(MIN_RADIUS, (ring.length * SLOT) / (2 * Math.PI));
  ring.forEach((node, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / ring.length;
    const r = index % 2 === 0 ? radius : radius * OUTER;
    positions.set(node.id, {
      x: Math.round(r * Math.cos(angle)),
      y: Math.round(r * Math.sin(angle)),
    });
  });
  return positions;
}
