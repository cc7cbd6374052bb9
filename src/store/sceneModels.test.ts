import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import {
  artifactsFromBundle,
  artifactsFromPicked,
  checkBundleShape,
  modelBundle,
  type ModelBundle,
} from '../core/model/importedModelBundle';
import type { PickedFile } from '../core/model/importedModelFiles';
import { importClassifier } from '../core/model/importedModel';
import { importAutoencoder } from '../core/model/importedAutoencoder';
import { modelToFiles } from '../core/model/imageModelsIO';
import { parseSceneFile, sceneFileText } from './sceneFile';
import { embeddedModelsText, parseSceneModels, sceneModelsOf } from './sceneModels';

const seed = (s: number) => tf.initializers.glorotUniform({ seed: s });

async function filesOf(m: tf.LayersModel): Promise<PickedFile[]> {
  const { modelJson, weights } = await modelToFiles(m);
  return [
    { name: 'model.json', bytes: new TextEncoder().encode(JSON.stringify(modelJson)) },
    { name: 'weights.bin', bytes: weights },
  ];
}

async function bundles(): Promise<{ classifier: ModelBundle; autoencoder: ModelBundle; clf: tf.LayersModel }> {
  await tf.setBackend('cpu');
  const clf = tf.sequential({
    name: 'scene_clf',
    layers: [
      tf.layers.dense({ units: 12, activation: 'relu', inputShape: [196], kernelInitializer: seed(1) }),
      tf.layers.dense({ units: 10, kernelInitializer: seed(2) }),
    ],
  });
  const ae = tf.sequential({
    name: 'scene_ae',
    layers: [
      tf.layers.dense({ units: 4, name: 'latent', inputShape: [196], kernelInitializer: seed(3) }),
      tf.layers.dense({ units: 196, activation: 'sigmoid', kernelInitializer: seed(4) }),
    ],
  });
  const cf = await filesOf(clf),
    af = await filesOf(ae);
  ae.dispose();
  const ca = (await artifactsFromPicked(cf)).artifacts,
    aa = (await artifactsFromPicked(af)).artifacts;
  return {
    classifier: modelBundle(cf, { name: ca.name, inputShape: [196], sha256: ca.sha256 }, 'classifier'),
    autoencoder: modelBundle(af, { name: aa.name, inputShape: [196], sha256: aa.sha256 }, 'autoencoder'),
    clf,
  };
}

/** The bundles after a trip through a scene file's text. */
function throughSceneFile(models: unknown): { classifier: ModelBundle; autoencoder: ModelBundle } {
  const r = parseSceneFile(sceneFileText('v=1&lr=0.003', undefined, undefined, undefined, models));
  if (!r.ok) throw new Error(r.message);
  expect(r.query).toBe('v=1&lr=0.003');
  const p = parseSceneModels(r.models);
  if (!p.ok) throw new Error(p.message);
  expect([p.models.dataset, p.models.k]).toEqual(['mnist14', 16]);
  return { classifier: p.models.classifier!, autoencoder: p.models.autoencoder! };
}

const label = 'scene_clf.dml-model.json';

describe('imported models in a scene file', () => {
  it('round-trip: the same hash, weights, logits and latent size come back, and nothing stays on the backend', async () => {
    const b = await bundles();
    const before = tf.memory().numTensors;
    const models = sceneModelsOf('mnist14', 16, b)!;
    expect(embeddedModelsText(models)).toMatch(
      /^the imported classifier scene_clf \(\d+ kB\) and the imported autoencoder scene_ae \(\d+ kB\)$/,
    );
    const back = throughSceneFile(models);
    const c = await artifactsFromBundle(back.classifier, label);
    expect(c.artifacts.sha256).toBe(b.classifier.sha256);
    const clf = await importClassifier(c.artifacts, { n: 196, side: 14, numClasses: 10 });
    const x = Float32Array.from({ length: 196 }, (_, i) => ((i * 37) % 101) / 100);
    const want = tf.tidy(() => (b.clf.predict(tf.tensor2d(x, [1, 196])) as tf.Tensor).dataSync());
    expect(Array.from(clf.logits(x)).map((v) => v.toFixed(6))).toEqual(Array.from(want).map((v) => v.toFixed(6)));
    checkBundleShape(back.classifier, label, { n: 196, side: 14 }, clf.inputShape);
    clf.dispose();
    const a = await artifactsFromBundle(back.autoencoder, 'scene_ae.dml-model.json');
    const ae = await importAutoencoder(a.artifacts, { n: 196, side: 14 });
    expect([ae.k, ae.sha256, ae.inputShape]).toEqual([4, b.autoencoder.sha256, [196]]);
    ae.dispose();
    expect(tf.memory().numTensors).toBe(before);
    b.clf.dispose();
  });

  it('a tampered hash, truncated weights and a wrong input shape each get their own message', async () => {
    const b = await bundles();
    b.clf.dispose();
    const models = sceneModelsOf('mnist14', 16, b)!;

    const tampered = structuredClone(models);
    tampered.classifier!.sha256 = 'ab'.repeat(32);
    await expect(artifactsFromBundle(throughSceneFile(tampered).classifier, label)).rejects.toThrow(
      /^scene_clf\.dml-model\.json: content hash [0-9a-f]{12}… does not match the recorded abababababab… \(the file was changed\)$/,
    );

    const truncated = structuredClone(models);
    const w = truncated.classifier!.files[1];
    w.base64 = btoa(atob(w.base64).slice(0, 400));
    await expect(artifactsFromBundle(throughSceneFile(truncated).classifier, label)).rejects.toThrow(
      /^scene_clf\.dml-model\.json: weights\.bin: 400 bytes, but model\.json describes 9976 \(truncated or from another model\?\)$/,
    );

    const back = throughSceneFile(models).classifier;
    expect(() => checkBundleShape(back, label, { n: 784, side: 28 })).toThrow(
      "scene_clf.dml-model.json records input [196] = 196 values per image, but the lab's images are 28×28 = 784 pixels (choose the data set it was made for)",
    );
    const relabelled = { ...back, inputShape: [14, 14, 1] };
    expect(() => checkBundleShape(relabelled, label, { n: 196, side: 14 }, [196])).toThrow(
      'scene_clf.dml-model.json records input [14, 14, 1], but its model.json takes [196] (the file was changed)',
    );
  });

  it('nothing imported: no models section, and a file without one parses as before', () => {
    const none = sceneModelsOf('mnist14', 16, { classifier: null, autoencoder: null });
    expect(none).toBeUndefined();
    expect(embeddedModelsText(none)).toBeNull();
    const text = sceneFileText('v=1', undefined, undefined, undefined, none);
    expect(JSON.parse(text)).toEqual({ app: 'dimpled-manifold-lab', version: 1, query: 'v=1' });
    expect(parseSceneFile(text)).toEqual({ ok: true, query: 'v=1' });
  });

  it('a damaged models section is reported on its own; the rest of the scene still loads', async () => {
    const r = parseSceneFile(
      sceneFileText('v=1', undefined, undefined, undefined, { dataset: 'mnist14', k: 16, classifier: { app: 'x' } }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.query).toBe('v=1');
    const p = parseSceneModels(r.models);
    expect(p.ok || p.message).toMatch(/^the scene's imported models are damaged \(models\.classifier\.app: /);
  });

  it('a bundle of the other role is refused by name', async () => {
    const b = await bundles();
    b.clf.dispose();
    const file = { name: 'scene_ae.dml-model.json', bytes: new TextEncoder().encode(JSON.stringify(b.autoencoder)) };
    await expect(artifactsFromPicked([file], 'classifier')).rejects.toThrow(
      'scene_ae.dml-model.json holds an imported autoencoder, not a classifier',
    );
    expect((await artifactsFromPicked([file], 'autoencoder')).artifacts.sha256).toBe(b.autoencoder.sha256);
  });
});
