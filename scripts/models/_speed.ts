import { initNodeBackend, loadSplit } from './nodeTf';
import { buildClassifier, DEFAULT_MLP, DEFAULT_CNN } from '../../src/core/model/imageModels';
import { fitImageModel, evaluateClassifier, randomAffine } from '../../src/core/model/imageModelsTrain';
const be = await initNodeBackend(process.argv[2] as any ?? 'wasm');
console.log('backend', be);
const { set: tr } = await loadSplit('mnist14', 'train');
const { set: te } = await loadSplit('mnist14', 'test');
const which = process.argv[3] ?? 'mlp';
const epochs = +(process.argv[4] ?? 3);
const aug = process.argv[5] ? randomAffine(14, {maxShift: +process.argv[5], maxRotateDeg: +(process.argv[6] ?? 0), maxScale: +(process.argv[7] ?? 0)}) : undefined;
const m = buildClassifier(which === 'cnn' ? DEFAULT_CNN : DEFAULT_MLP);
const t0 = Date.now();
await fitImageModel(m, tr, 'classify', { epochs, batchSize: 64, learningRate: 1e-3, finalLrFraction: 0.05, seed: 1, augment: aug,
  onEpoch: (e, l) => { console.log(e, l.toFixed(4), 'test', evaluateClassifier(m, te).accuracy, ((Date.now() - t0) / 1000).toFixed(1) + 's'); } });
