import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { loadLabModels } from './src/core/experiments/imageExperimentModels';
import { decoderTangentAt, projectorFromBasis } from './src/core/geometry/decoderTangent';
import { minimalFlipNorm } from './src/core/attacks/minimalFlipNorm';
import { margin } from './src/core/model/classifier';
import { loadSplit } from './scripts/models/nodeTf';
const D = './models';
await tf.setBackend('cpu');
const m = await loadLabModels({ json: async (p) => JSON.parse(readFileSync(join(D, p), 'utf8')), bytes: async (p) => new Uint8Array(readFileSync(join(D, p))) }, { dataset: 'mnist14', k: 8 });
const { set } = await loadSplit('mnist14', 'test');
let zeros = 0;
for (const idx of [1, 2, 3]) {
  const x0 = Float64Array.from(set.images.subarray(idx * 196, idx * 196 + 196));
  zeros = x0.filter((v) => v === 0).length;
  const f = decoderTangentAt(m.maps, x0);
  for (const [lo, hi] of [[0, 1], [-1e9, 1e9]]) {
    let last = 0;
    const r = minimalFlipNorm({ model: m.classifier, x0, label: set.labels[idx], lo, hi, projector: projectorFromBasis(f.Q),
      onStep: (x) => { let d = 0; for (let i = 0; i < 196; i++) d += (x[i] - x0[i]) ** 2; last = Math.sqrt(d); } },
      { mode: 'on', stepSize: 0.01, maxSteps: 3000 });
    console.log(idx, 'zeros', zeros, 'box', lo, 'norm', r.norm?.toFixed(3), 'steps', r.result.steps, 'last |d|', last.toFixed(3), 'margin', margin(m.classifier.logits(r.result.final), set.labels[idx]).toFixed(3));
  }
}
