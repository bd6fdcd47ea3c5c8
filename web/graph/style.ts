import type { StylesheetJson } from 'cytoscape';

/** Colours per kind; graph.css repeats them for the side panel's legend swatches. */
export const KIND_COLOURS = {
  centre: '#b4236c',
  career: '#d94f8d',
  setting: '#2f6fb3',
  credential: '#c47a12',
  trait: '#3f8f5a',
} as const;

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': 'system-ui, sans-serif',
      'font-size': 14,
      color: '#1f2430',
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      width: 22,
      height: 22,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'node[kind = "centre"]',
    style: {
      'background-color': KIND_COLOURS.centre,
      shape: 'round-rectangle',
      // Fixed, not 'label': label-sized nodes are deprecated in cytoscape and the wrapped title
      // fits this box at the font size below.
      width: 200,
      height: 64,
      color: '#ffffff',
      'text-valign': 'center',
      'text-margin-y': 0,
      'text-outline-width': 0,
      'font-size': 15,
      'font-weight': 'bold',
      'text-max-width': '180px',
    },
  },
  {
    selector: 'node[kind = "career"]',
    style: { 'background-color': KIND_COLOURS.career, shape: 'round-rectangle', width: 30 },
  },
  {
    selector: 'node[kind = "setting"]',
    style: { 'background-color': KIND_COLOURS.setting, shape: 'rectangle', width: 26, height: 26 },
  },
  {
    selector: 'node[kind = "credential"]',
    style: { 'background-color': KIND_COLOURS.credential, shape: 'diamond', width: 26, height: 26 },
  },
  { selector: 'node[kind = "trait"]', style: { 'background-color': KIND_COLOURS.trait } },
  { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -4 } },
  {
    selector: 'node:selected',
    style: { 'border-color': '#1f2430', 'border-width': 3 },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#b9c0cc',
      'curve-style': 'bezier',
      'font-size': 11,
      color: '#4a5263',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
    },
  },
  { selector: 'edge[kind = "works-in"]', style: { 'line-color': '#8fb2d9' } },
  {
    // Width is the share of the career's jobs in the setting: a 50% setting is a thick road.
    // Settings named without a share keep the thin default width rather than a guessed one.
    selector: 'edge[kind = "works-in"][share]',
    style: { width: 'mapData(share, 0, 100, 2, 18)', label: 'data(label)' },
  },
  {
    selector: 'edge[kind = "advances"]',
    style: {
      'line-color': KIND_COLOURS.career,
      'target-arrow-color': KIND_COLOURS.career,
      'target-arrow-shape': 'triangle',
      width: 2.5,
    },
  },
  { selector: 'edge[kind = "similar"]', style: { 'line-style': 'dashed' } },
  {
    selector: 'edge[kind = "credential"]',
    style: { 'line-color': '#e2b877', label: 'data(label)' },
  },
  { selector: 'edge[kind = "trait"]', style: { 'line-style': 'dotted', 'line-color': '#9cc7a9' } },
];
