/**
 * Grid evaluation + isosurface micro-benchmark (Node, one thread):
 *   npx tsx scripts/bench/grid-node.ts [reps]
 * Per net and resolution: the scalar baseline (jsMlp logits per vertex), exact column kernels,
 * adaptive (Lipschitz-skipping) evaluation, marching cubes, and adaptive + MC. Medians of wall
 * time; CPU time (process.cpuUsage) in brackets, steadier when other processes share the cores.
 */
import { evaluateGrid, gridPoint, type GridBox } from '../../src/core/geometry/gridEvaluator';
import { randomMlp, wavySheetMlp } from '../../src/core/geometry/gridTestNets';
import { marchingCubes } from '../../src/core/geometry/isosurface';
import { mlpClassifier } from '../../src/core/model/jsMlp';
import type { MlpWeights } from '../../src/core/model/mlpWeights';

const reps = Number(process.argv[2] ?? 7);
const box: GridBox = { lo: [-0.2, -0.2, -0.2], hi: [1.25, 1.25, 1.25] };
const nets: [string, MlpWeights][] = [
  ['wavy sheet 3-400-1', wavySheetMlp([3, 400, 1], 1)],
  ['wavy sheet 3-64-64-1', wavySheetMlp([3, 64, 64, 1], 1)],
  ['random 3-400-1', randomMlp([3, 400, 1], 'relu', 2)],
  ['random 3-64-64-1', randomMlp([3, 64, 64, 1], 'relu', 3)],
  ['random tanh 3-64-64-1', randomMlp([3, 64, 64, 1], 'tanh', 4)],
];

interface Timing { wall: number; cpu: number }
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function time<T>(n: number, f: () => T): Timing & { out: T } {
  let out = f(); // warm-up (JIT)
  const wall: number[] = [], cpu: number[] = [];
  for (let r = 0; r < n; r++) {
    const c0 = process.cpuUsage(), t0 = performance.now();
    out = f();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu), out };
}

function scalar(w: MlpWeights, res: number): Float32Array {
  const net = mlpClassifier(w);
  const dims = [res, res, res];
  const out = new Float32Array(res ** 3);
  for (let i = 0; i < out.length; i++) out[i] = net.logits(gridPoint(box, dims, i))[0];
  return out;
}

const ms = (t: Timing): string => `${t.wall.toFixed(1)} [${t.cpu.toFixed(1)}]`.padStart(14);
console.log(`medians of ${reps} runs (scalar: ${Math.max(1, reps >> 2)}), ms wall [cpu]`);
console.log(
  `${'net'.padEnd(22)} res | ${'scalar'.padStart(14)} | ${'exact'.padStart(14)} | ${'adaptive'.padStart(14)} eval% |` +
    ` ${'MC'.padStart(14)}   tris | ${'adaptive+MC'.padStart(14)} | speedup: eval total (cpu)`,
);
for (const [name, w] of nets) {
  // The dense (non-ReLU) path takes seconds at 64^3 (about 1.7 s CPU for tanh 3-64-64-1): stop at 48.
  for (const res of name.includes('tanh') ? [32, 48] : [32, 48, 64]) {
    const base = time(Math.max(1, reps >> 2), () => scalar(w, res));
    const exact = time(reps, () => evaluateGrid(w, box, res, { exact: true }));
    const adapt = time(reps, () => evaluateGrid(w, box, res));
    const mc = time(reps, () => marchingCubes(adapt.out.values, adapt.out.dims, box));
    const total = time(reps, () => {
      const g = evaluateGrid(w, box, res);
      return marchingCubes(g.values, g.dims, box);
    });
    const frac = ((100 * adapt.out.evaluated) / res ** 3).toFixed(0).padStart(5);
    const tris = String(mc.out.indices.length / 3).padStart(6);
    const speed = `${(base.cpu / adapt.cpu).toFixed(0).padStart(5)} ${(base.cpu / total.cpu).toFixed(0).padStart(5)}`;
    console.log(`${name.padEnd(22)} ${res} | ${ms(base)} | ${ms(exact)} | ${ms(adapt)} ${frac} | ${ms(mc)} ${tris} | ${ms(total)} | ${speed}`);
  }
}
