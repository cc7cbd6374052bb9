import type { BoundaryShape, PresetRunFacts } from './presetRun';

/**
 * What each preset's run draws, measured with `measurePresetRun` (plain-JS trainer, seed 1, the
 * stop rule checked every epoch, as the app trains) and kept true by presetFacts.test.ts. The
 * preset descriptions and the lecture quote these numbers instead of the paper's idealised
 * figure (docs/science.md §2, "What the runs really draw").
 */
export const PRESET_FACTS_SEED = 1;

export const PRESET_FACTS: Record<string, PresetRunFacts> = {
  'paper-plane': {
    convergedAt: 161,
    shapes: {
      0: { clinging: 0.4402, faceShareClass1: 0.792, reachesFloor: false, medianAbsDimple: 0.5, minAbsDimple: 0.1831 },
      10: { clinging: 0.5, faceShareClass1: 0, reachesFloor: false, medianAbsDimple: 0.5, minAbsDimple: 0.5 },
      30: { clinging: 0.317, faceShareClass1: 0, reachesFloor: false, medianAbsDimple: 0.5, minAbsDimple: 0.0347 },
      100: { clinging: 0.17, faceShareClass1: 0.0579, reachesFloor: true, medianAbsDimple: 0.0922, minAbsDimple: 0.018 },
      end: { clinging: 0.1192, faceShareClass1: 0.0992, reachesFloor: true, medianAbsDimple: 0.0953, minAbsDimple: 0.0044 },
    },
  },
  'paper-plane-small-init': {
    convergedAt: 28452,
    shapes: {
      end: { clinging: 0.2716, faceShareClass1: 0.314, reachesFloor: true, medianAbsDimple: 0.322, minAbsDimple: 0.0087 },
    },
  },
  'paper-line': {
    convergedAt: 2885,
    shapes: {
      0: { clinging: 0.4759, faceShareClass1: 0.1818, reachesFloor: false, medianAbsDimple: 0.5, minAbsDimple: 0.2726 },
      10: { clinging: 0.5, faceShareClass1: 0, reachesFloor: false, medianAbsDimple: 0.5, minAbsDimple: 0.5 },
      20: { clinging: 0.5, faceShareClass1: 0, reachesFloor: false, medianAbsDimple: 0.5, minAbsDimple: 0.5 },
      30: { clinging: 0.3673, faceShareClass1: 0, reachesFloor: false, medianAbsDimple: 0.5, minAbsDimple: 0.0735 },
      100: { clinging: 0.3236, faceShareClass1: 0, reachesFloor: false, medianAbsDimple: 0.3311, minAbsDimple: 0.0786 },
      end: { clinging: 0.2837, faceShareClass1: 0, reachesFloor: false, medianAbsDimple: 0.2685, minAbsDimple: 0.0804 },
    },
  },
  'dense-line': {
    convergedAt: 1831,
    shapes: {
      0: { clinging: 0.4759, faceShareClass1: 0.1818, reachesFloor: false, medianAbsDimple: 0.5, minAbsDimple: 0.2726 },
      10: { clinging: 0.5, faceShareClass1: 0, reachesFloor: false, medianAbsDimple: 0.5, minAbsDimple: 0.5 },
      20: { clinging: 0.5, faceShareClass1: 0, reachesFloor: false, medianAbsDimple: 0.5, minAbsDimple: 0.5 },
      30: { clinging: 0.5, faceShareClass1: 0, reachesFloor: false, medianAbsDimple: 0.5, minAbsDimple: 0.5 },
      100: { clinging: 0.3141, faceShareClass1: 0, reachesFloor: false, medianAbsDimple: 0.2954, minAbsDimple: 0.0476 },
      end: { clinging: 0.0533, faceShareClass1: 0.2727, reachesFloor: false, medianAbsDimple: 0.0533, minAbsDimple: 0.0008 },
    },
  },
  'dense-plane': {
    convergedAt: 787,
    shapes: {
      0: { clinging: 0.4402, faceShareClass1: 0.792, reachesFloor: false, medianAbsDimple: 0.5, minAbsDimple: 0.1831 },
      10: { clinging: 0.5, faceShareClass1: 0.0193, reachesFloor: true, medianAbsDimple: 0.5, minAbsDimple: 0.5 },
      30: { clinging: 0.2443, faceShareClass1: 0.5317, reachesFloor: true, medianAbsDimple: 0.2335, minAbsDimple: 0.0002 },
      100: { clinging: 0.2166, faceShareClass1: 0.4477, reachesFloor: true, medianAbsDimple: 0.1664, minAbsDimple: 0.0025 },
      200: { clinging: 0.1503, faceShareClass1: 0.4642, reachesFloor: true, medianAbsDimple: 0.1077, minAbsDimple: 0.0015 },
      end: { clinging: 0.1401, faceShareClass1: 0.4477, reachesFloor: true, medianAbsDimple: 0.1115, minAbsDimple: 0.0054 },
    },
  },
  'sheet-spiral': {
    convergedAt: 659,
    shapes: {
      0: { clinging: 0.4466, faceShareClass1: 0.7782, reachesFloor: false, medianAbsDimple: 0.5, minAbsDimple: 0.2315 },
      10: { clinging: 0.4436, faceShareClass1: 0.4614, reachesFloor: true, medianAbsDimple: 0.5, minAbsDimple: 0.0115 },
      30: { clinging: 0.4338, faceShareClass1: 0.5207, reachesFloor: true, medianAbsDimple: 0.5, minAbsDimple: 0.0185 },
      100: { clinging: 0.4082, faceShareClass1: 0.5124, reachesFloor: true, medianAbsDimple: 0.2825, minAbsDimple: 0.007 },
      200: { clinging: 0.3939, faceShareClass1: 0.5124, reachesFloor: true, medianAbsDimple: 0.3245, minAbsDimple: 0.0021 },
      end: { clinging: 0.3325, faceShareClass1: 0.5344, reachesFloor: true, medianAbsDimple: 0.2022, minAbsDimple: 0.0006 },
    },
  },
  'sheet-checker': {
    convergedAt: 278,
    shapes: {
      0: { clinging: 0.4466, faceShareClass1: 0.7782, reachesFloor: false, medianAbsDimple: 0.5, minAbsDimple: 0.1261 },
      10: { clinging: 0.5, faceShareClass1: 0.0565, reachesFloor: true, medianAbsDimple: 0.5, minAbsDimple: 0.5 },
      30: { clinging: 0.2787, faceShareClass1: 0.5207, reachesFloor: true, medianAbsDimple: 0.3464, minAbsDimple: 0.0328 },
      100: { clinging: 0.0719, faceShareClass1: 0.5083, reachesFloor: true, medianAbsDimple: 0.0534, minAbsDimple: 0.002 },
      200: { clinging: 0.1358, faceShareClass1: 0.5152, reachesFloor: true, medianAbsDimple: 0.1156, minAbsDimple: 0.0008 },
      end: { clinging: 0.128, faceShareClass1: 0.5634, reachesFloor: true, medianAbsDimple: 0.1298, minAbsDimple: 0.0052 },
    },
  },
  sphere: {
    convergedAt: 4,
    shapes: {
      0: { clinging: 0.2864, faceShareClass1: 0.8017, reachesFloor: false, medianAbsDimple: 0.3, minAbsDimple: 0.3 },
      end: { clinging: 0.239, faceShareClass1: 0.4063, reachesFloor: true, medianAbsDimple: 0.3, minAbsDimple: 0.183 },
    },
  },
};

const fmt = (x: number) => x.toFixed(2);
const thousands = (n: number) => n.toLocaleString('en-GB');

/** What a snapshot's boundary is, in words (2-D: a curve in the square; 3-D: a surface in the box). */
export function shapeKind(s: BoundaryShape, dim: number): string {
  const closed = s.faceShareClass1 === 0 || s.faceShareClass1 === 1;
  const thing = dim === 2 ? 'curve' : 'surface';
  const box = dim === 2 ? 'square' : 'box';
  if (closed && s.clinging >= 0.499) return `the boundary has left the ${box}`;
  if (closed) return `a closed ${thing} around the ${s.faceShareClass1 === 0 ? 'blue' : 'red'} points`;
  if (dim === 3 && s.reachesFloor) return 'an open surface whose sides reach the floor of the box';
  return `a ${thing} crossing the ${box}`;
}

/**
 * The sentence a preset's description gives about its run: epochs whose boundary is of the same
 * kind are merged (with C at the first and last of them), then where the stop rule ended it.
 */
export function runSummary(presetId: string, dim: number, marginTarget: number, maxEpochs: number): string {
  const f = PRESET_FACTS[presetId];
  if (!f) return '';
  const last = f.convergedAt ?? maxEpochs;
  const marks = Object.keys(f.shapes)
    .filter((k) => k !== 'end' && k !== '0')
    .map(Number)
    .sort((a, b) => a - b);
  const snaps = [...marks.map((e) => ({ e, s: f.shapes[e] })), { e: last, s: f.shapes.end }];
  const groups: { from: number; to: number; kind: string; c0: number; c1: number }[] = [];
  for (const { e, s } of snaps) {
    const kind = shapeKind(s, dim);
    const g = groups[groups.length - 1];
    if (g && g.kind === kind) Object.assign(g, { to: e, c1: s.clinging });
    else groups.push({ from: e, to: e, kind, c0: s.clinging, c1: s.clinging });
  }
  const text = groups.map((g) => {
    const range = g.from === g.to ? `epoch ${thousands(g.from)}` : `epochs ${thousands(g.from)}–${thousands(g.to)}`;
    const c = g.kind.startsWith('the boundary has left') ? 'C at its cap 0.5' : `C ${fmt(g.c0)}${g.c1 !== g.c0 ? ` → ${fmt(g.c1)}` : ''}`;
    return `${range}: ${g.kind} (${c})`;
  });
  const end =
    f.convergedAt !== null
      ? `every margin exceeds ${marginTarget} at epoch ${thousands(f.convergedAt)}, where the run stops`
      : `no convergence by the epoch limit ${thousands(maxEpochs)}`;
  return `What this run draws (seed ${PRESET_FACTS_SEED}, measured): ${text.join('; ')}; ${end}.`;
}
