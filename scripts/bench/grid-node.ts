/**
 * Grid evaluation + isosurface micro-benchmark (Node, one thread):
 *   npx tsx scripts/bench/grid-node.ts [reps]
 * Times, per net and resolution, the scalar baseline (jsMlp logits per vertex), the exact column
 * kernels, the adaptive (Lipschitz-skipping) evaluation and marching cubes; prints medians.
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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function time<T>(n: number, f: () => T): { ms: number; out: T } {
  let out = f(); // warm-up
  const ts: number[] = [];
  for (let r = 0; r < n; r++) {
    const t0 = performance.now();
    out = f();
    ts.push(performance.now() - t0);
  }
  return { ms: median(ts), out };
}

function scalar(w: MlpWeights, res: number): Float32Array {
  const net = mlpClassifier(w);
  const dims = [res, res, res];
  const out = new Float32Array(res ** 3);
  const x = [0, 0, 0];
  for (let i = 0; i < out.length; i++) {
    const p = gridPoint(box, dims, i);
    x[0] = p[0]; x[1] = p[1]; x[2] = p[2];
    out[i] = net.logits(x)[0];
  }
  return out;
}

const f = (x: number, d = 1): string => x.toFixed(d);
console.log(`median of ${reps} runs (scalar: of ${Math.max(1, reps >> 2)})`);
console.log('net                    res | scalar ms | exact ms | adapt ms  eval% |  MC ms   tris | total ms | speedup: exact adapt total');
for (const [name, w] of nets) {
  for (const res of [32, 48, 64]) {
    const base = time(Math.max(1, reps >> 2), () => scalar(w, res));
    const exact = time(reps, () => evaluateGrid(w, box, res, { exact: true }));
    const adapt = time(reps, () => evaluateGrid(w, box, res));
    const mc = time(reps, () => marchingCubes(adapt.out.values, adapt.out.dims, box));
    const total = time(reps, () => {
      const g = evaluateGrid(w, box, res);
      return marchingCubes(g.values, g.dims, box);
    });
    const frac = (100 * adapt.out.evaluated) / res ** 3;
    console.log(
      `${name.padEnd(22)} ${String(res).padStart(3)} | ${f(base.ms).padStart(9)} | ${f(exact.ms).padStart(8)} | ${f(adapt.ms).padStart(8)} ${f(frac).padStart(6)} |` +
        ` ${f(mc.ms).padStart(6)} ${String(mc.out.indices.length / 3).padStart(6)} | ${f(total.ms).padStart(8)} |` +
        `          ${f(base.ms / exact.ms).padStart(5)} ${f(base.ms / adapt.ms).padStart(5)} ${f(base.ms / total.ms).padStart(5)}`,
    );
  }
}
