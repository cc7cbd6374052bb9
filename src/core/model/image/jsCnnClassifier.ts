/**
 * Plain-JS logits and input gradients of one image for the CNN of core/model/imageModels.ts
 * (3x3 'same' convs + relu + 2x2 'valid' max-pool, then dense relu layers and linear logits),
 * in float64, from a snapshot in tfjs layers layout (kernels [3, 3, cin, cout], NHWC, Dense
 * [in, out]). Synchronous, as the attacks need (core/model/classifier.ts); ~0.5 MFLOP an image.
 */
import type { Classifier } from '../classifier';
import { LastInput } from '../lastInput';
import type { CnnClassifierConfig } from '../imageModels';
import { pooledSides, weightLayout } from './imageWeightLayout';
import { sameConv3x3Taps, type SameConv3x3Taps } from './sameConv3x3Taps';
import type { ImageNetWeights } from './imageTrainer';

interface ConvLayer {
  side: number;
  taps: SameConv3x3Taps;
  cin: number;
  cout: number;
  W: Float32Array;
  b: Float32Array;
}
interface DenseLayer {
  inDim: number;
  outDim: number;
  W: Float32Array;
  b: Float32Array;
}

export function cnnClassifier(w: ImageNetWeights): Classifier {
  const cfg = w.config as CnnClassifierConfig;
  if (cfg.kind !== 'cnn') throw new Error(`cnnClassifier: expected a CNN snapshot, got ${cfg.kind}`);
  const specs = weightLayout(cfg);
  specs.forEach((s, i) => {
    const t = w.tensors[i];
    if (!t || t.values.length !== s.size) throw new Error(`cnnClassifier: tensor ${i} should be ${s.name} [${s.shape.join(', ')}]`);
  });
  const sides = [cfg.side, ...pooledSides(cfg.side, cfg.filters.length)];
  const convs: ConvLayer[] = cfg.filters.map((cout, i) => ({
    side: sides[i],
    taps: sameConv3x3Taps(sides[i], sides[i]),
    cin: i === 0 ? 1 : cfg.filters[i - 1],
    cout,
    W: w.tensors[2 * i].values,
    b: w.tensors[2 * i + 1].values,
  }));
  const dense: DenseLayer[] = [];
  for (let k = 2 * convs.length; k < specs.length; k += 2) {
    const [inDim, outDim] = specs[k].shape;
    dense.push({ inDim, outDim, W: w.tensors[k].values, b: w.tensors[k + 1].values });
  }
  const n = cfg.side * cfg.side;
  // Forward state of the last call, for the backward pass.
  const acts: Float64Array[] = []; // post-relu conv outputs [side, side, cout]
  const pools: Int32Array[] = []; // index into acts of each pooled maximum, -1 where max <= 0
  const denseIn: Float64Array[] = [];
  const outputs = cfg.numClasses;
  // The snapshot's weights are copies that never change: a call on the last forward's input reuses it (lastInput.ts).
  const last = new LastInput();
  let lastLogits = new Float64Array(outputs);

  function forward(x: ArrayLike<number>): Float64Array {
    if (x.length !== n) throw new Error(`cnnClassifier: image of ${x.length} pixels, expected ${n}`);
    if (last.matches(x)) return lastLogits;
    let h = Float64Array.from(x);
    convs.forEach((c, li) => {
      const { side: S, taps, cin, cout, W, b } = c;
      const a = new Float64Array(S * S * cout);
      for (let p = 0; p < S * S; p++) {
        const o = p * cout;
        for (let f = 0; f < cout; f++) a[o + f] = b[f];
        for (let t = taps.start[p]; t < taps.start[p + 1]; t++) {
          const src = taps.pixel[t] * cin;
          const wk = taps.tap[t] * cin * cout;
          for (let ci = 0; ci < cin; ci++) {
            const v = h[src + ci];
            if (v === 0) continue;
            const wr = wk + ci * cout;
            for (let f = 0; f < cout; f++) a[o + f] += v * W[wr + f];
          }
        }
        for (let f = 0; f < cout; f++) if (a[o + f] < 0) a[o + f] = 0;
      }
      const s = Math.floor(S / 2);
      const pooled = new Float64Array(s * s * cout);
      const arg = new Int32Array(s * s * cout);
      for (let i = 0; i < s; i++) {
        for (let j = 0; j < s; j++) {
          for (let f = 0; f < cout; f++) {
            let best = (2 * i * S + 2 * j) * cout + f;
            for (const [di, dj] of [
              [0, 1],
              [1, 0],
              [1, 1],
            ]) {
              const at = ((2 * i + di) * S + 2 * j + dj) * cout + f;
              if (a[at] > a[best]) best = at;
            }
            const p = (i * s + j) * cout + f;
            pooled[p] = a[best];
            arg[p] = a[best] > 0 ? best : -1;
          }
        }
      }
      acts[li] = a;
      pools[li] = arg;
      h = pooled;
    });
    dense.forEach((d, li) => {
      denseIn[li] = h;
      const u = Float64Array.from(d.b);
      for (let i = 0; i < d.inDim; i++) {
        const hi = h[i];
        if (hi === 0) continue;
        const row = i * d.outDim;
        for (let j = 0; j < d.outDim; j++) u[j] += hi * d.W[row + j];
      }
      if (li + 1 < dense.length) for (let j = 0; j < d.outDim; j++) if (u[j] < 0) u[j] = 0;
      h = u;
    });
    last.remember(x);
    lastLogits = h;
    return h;
  }

  function inputGradient(x: ArrayLike<number>, cot: ArrayLike<number>): Float64Array {
    if (cot.length !== outputs) throw new Error(`cnnClassifier: cotangent of length ${cot.length}, expected ${outputs}`);
    if (!last.matches(x)) forward(x);
    let g = Float64Array.from(cot);
    for (let li = dense.length - 1; li >= 0; li--) {
      const d = dense[li];
      const a = denseIn[li];
      const gin = new Float64Array(d.inDim);
      for (let i = 0; i < d.inDim; i++) {
        if (li > 0 && a[i] <= 0) continue; // relu mask (the first dense input is pooled, masked below)
        const row = i * d.outDim;
        let s = 0;
        for (let j = 0; j < d.outDim; j++) s += d.W[row + j] * g[j];
        gin[i] = s;
      }
      g = gin;
    }
    for (let li = convs.length - 1; li >= 0; li--) {
      const { side: S, taps, cin, cout, W } = convs[li];
      const dPre = new Float64Array(S * S * cout);
      const arg = pools[li];
      for (let p = 0; p < arg.length; p++) if (arg[p] >= 0) dPre[arg[p]] += g[p];
      const dIn = new Float64Array(S * S * cin);
      for (let p = 0; p < S * S; p++) {
        const o = p * cout;
        for (let t = taps.start[p]; t < taps.start[p + 1]; t++) {
          const dst = taps.pixel[t] * cin;
          const wk = taps.tap[t] * cin * cout;
          for (let ci = 0; ci < cin; ci++) {
            const wr = wk + ci * cout;
            let s = 0;
            for (let f = 0; f < cout; f++) s += W[wr + f] * dPre[o + f];
            dIn[dst + ci] += s;
          }
        }
      }
      g = dIn;
    }
    return g;
  }

  return { inputDim: n, numClasses: cfg.numClasses, outputs, logits: (x) => Float64Array.from(forward(x)), inputGradient };
}
