import { initNodeBackend, loadSplit } from './nodeTf';
import { buildAutoencoder, autoencoderConfig } from '../../src/core/model/imageModels';
import { fitImageModel, reconstructionMse } from '../../src/core/model/imageModelsTrain';
await initNodeBackend('wasm');
const ds = (process.argv[5] ?? 'mnist14') as any;
const { set: tr } = await loadSplit(ds, 'train');
const { set: te } = await loadSplit(ds, 'test');
const k = +process.argv[2], epochs = +process.argv[3], lr = +(process.argv[4] ?? 1e-3);
const m = buildAutoencoder(autoencoderConfig(k));
const t0 = Date.now();
await fitImageModel(m, tr, 'reconstruct', { epochs, batchSize: 64, learningRate: lr, finalLrFraction: 0.05, seed: 1,
  onEpoch: (e, l) => { if (e % 5 === 4) console.log(e, l.toFixed(5), 'test', reconstructionMse(m, te).toFixed(5), ((Date.now() - t0) / 1000).toFixed(1) + 's'); } });
