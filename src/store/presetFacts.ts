import type { BoundaryShape, PresetRunFacts } from './presetRun';
import measuredFacts from './presetFacts.json';

/**
 * What each preset's run draws, measured with `measurePresetRun` (plain-JS trainer, seed 1, the
 * stop rule checked every epoch, as the app trains) and kept true by presetFacts.test.ts. The
 * numbers are data, in presetFacts.json: per preset the stop epoch and the boundary's shape at
 * the listed epochs and at the end. The preset descriptions and the lecture quote them instead of
 * the paper's idealised figure (docs/science.md §2, "What the runs really draw").
 */
export const PRESET_FACTS_SEED = 1;

export const PRESET_FACTS: Record<string, PresetRunFacts> = measuredFacts;

const fmt = (x: number) => x.toFixed(2);
// One formatter for all calls: toLocaleString builds a new ICU formatter each time, and the preset
// descriptions format dozens of epochs while the app's first module runs.
const thousandsFormat = new Intl.NumberFormat('en-GB');
const thousands = (n: number) => thousandsFormat.format(n);

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
