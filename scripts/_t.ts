import { JsTrainer } from '../src/core/model/jsTrainer';
import { PAPER_RECIPE } from '../src/core/model/trainConfig';
import { makeDataset } from '../src/core/datasets';
const d = makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });
const t = new JsTrainer(d.points, d.labels, 3, 2, PAPER_RECIPE);
await t.train(100);
for (let r = 0; r < 3; r++) { const t0 = performance.now(); await t.train(2000); console.log('steps/s', (2000 / (performance.now() - t0) * 1000).toFixed(0)); }
let t0 = performance.now(); for (let i = 0; i < 1000; i++) await t.train(1); console.log('train(1) x1000 steps/s', (1000 / (performance.now() - t0) * 1000).toFixed(0));
