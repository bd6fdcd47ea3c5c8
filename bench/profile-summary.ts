import { readFileSync } from 'node:fs';

/** The parts of a V8 .cpuprofile (node --cpu-prof) this summary reads. */
interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    hitCount?: number;
  }>;
  samples: number[];
}

export interface Frame {
  frame: string;
  selfPct: number;
}

/** Where a frame's code lives: a package, the project's own file, or Node/V8 itself. */
function owner(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  const own = /\/(dist\/)?((?:src|bench)\/.*)$/.exec(url);
  if (own?.[2]) return own[2];
  return url === '' ? '(native)' : url.replace(/^node:/, 'node:');
}

/** Self time per function and per package, largest first, as percentages of all samples. */
export function summariseProfile(file: string, top = 15): { functions: Frame[]; owners: Frame[] } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const hits = new Map<number, number>();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const total = profile.samples.length || 1;
  const functions = new Map<string, number>();
  const owners = new Map<string, number>();
  for (const [id, n] of hits) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = owner(url);
    const name = `${functionName || '(anonymous)'} ${where}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + n);
    owners.set(where, (owners.get(where) ?? 0) + n);
  }
  const rank = (m: Map<string, number>): Frame[] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([frame, n]) => ({ frame, selfPct: Math.round((n / total) * 1000) / 10 }));
  return { functions: rank(functions), owners: rank(owners) };
}
