import { describe, expect, it } from 'vitest';
import { parseSceneFile, sceneFileText } from './sceneFile';
import { initMlpWeights } from '../core/model/initWeights';

describe('scene files', () => {
  it('round-trips the query and the weights', () => {
    const w = initMlpWeights(3, [4], 1, 'relu', 1, 1);
    const r = parseSceneFile(sceneFileText('v=1&lr=0.003', { weights: w, epoch: 42 }));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.query).toBe('v=1&lr=0.003');
      expect(r.resume?.epoch).toBe(42);
      expect(Array.from(r.resume!.weights.layers[0].W)).toEqual(Array.from(w.layers[0].W));
    }
  });
  it('rejects other files and damaged weights with a message', () => {
    expect(parseSceneFile('nope')).toEqual({ ok: false, message: 'The scene file is not valid JSON.' });
    const other = parseSceneFile('{"app":"x"}');
    expect(other.ok || other.message).toMatch(/not a Dimpled Manifold Lab scene file/);
    const text = sceneFileText('v=1', { weights: initMlpWeights(3, [4], 1, 'relu', 1, 1), epoch: 1 }).replace('"W":[', '"W":[1,');
    const damaged = parseSceneFile(text);
    expect(damaged.ok || damaged.message).toMatch(/damaged/);
  });
  it('names a weight that is finite as a double but overflows float32', () => {
    const w = initMlpWeights(3, [4], 1, 'relu', 1, 1);
    const file = JSON.parse(sceneFileText('v=1', { weights: w, epoch: 1 }));
    file.weights.layers[1].b[0] = -1e39;
    expect(parseSceneFile(JSON.stringify(file))).toEqual({
      ok: false,
      message:
        'The weights in the scene file are damaged (weights.layers[1].b[0] = -1e+39 does not fit in float32, which holds at most ±3.4e38).',
    });
    file.weights.layers[1].b[0] = 0;
    file.weights.layers[0].W[5] = 3.4028235e38; // rounds to float32's largest value: still fits
    expect(parseSceneFile(JSON.stringify(file)).ok).toBe(true);
    file.weights.layers[0].W[5] = 3.5e38;
    expect(parseSceneFile(JSON.stringify(file))).toMatchObject({
      ok: false,
      message: expect.stringContaining('weights.layers[0].W[5] = 3.5e+38'),
    });
  });
  it('keeps the run history (timeline snapshots, chart series); a file without it still loads', () => {
    const w = initMlpWeights(3, [4], 1, 'relu', 1, 1);
    const history = {
      timeline: [{ epoch: 0, clinging: 0.4, accuracy: 0.5, loss: 0.7, weights: initMlpWeights(3, [4], 1, 'relu', 1, 2) }],
      curve: { epoch: [0, 1], loss: [0.7, 0.6], accuracy: [0.5, 0.6] },
      clinging: { epoch: [0], value: [0.4] },
    };
    const r = parseSceneFile(sceneFileText('v=1', { weights: w, epoch: 1 }, history));
    if (!r.ok) throw new Error(r.message);
    expect(r.resume?.history?.curve).toEqual(history.curve);
    expect(Array.from(r.resume!.history!.timeline[0].weights.layers[0].W)).toEqual(Array.from(history.timeline[0].weights.layers[0].W));
    const old = parseSceneFile(sceneFileText('v=1', { weights: w, epoch: 1 }));
    expect(old.ok && old.resume && old.resume.history).toBeUndefined();
    const bad = JSON.parse(sceneFileText('v=1', { weights: w, epoch: 1 }, history));
    bad.history.curve.loss = [1];
    expect(parseSceneFile(JSON.stringify(bad))).toEqual({
      ok: false,
      message: 'The history in the scene file is damaged (the loss and accuracy series do not match their epochs).',
    });
  });
});

describe('scene file messages', () => {
  const bad = (raw: unknown) => {
    const r = parseSceneFile(JSON.stringify(raw));
    return r.ok ? 'loaded' : r.message;
  };
  const head = { app: 'dimpled-manifold-lab', version: 1, query: 'v=1' };

  it('say in words which part is wrong, never the validator path and wording', () => {
    expect(bad({ app: 'other' })).toBe(
      'This is not a Dimpled Manifold Lab scene file (its "app" is "other", not "dimpled-manifold-lab"). Load a file written by Share → Save scene file.',
    );
    expect(bad([1, 2])).toMatch(/^This is not a Dimpled Manifold Lab scene file \(it is JSON, but a list without the app's fields\)/);
    expect(bad({ ...head, version: 2 })).toBe('This scene file has version 2; this app reads version 1 (a newer app may have written it).');
    expect(bad({ ...head, query: 5 })).toMatch(/^The scene file's settings \("query"\) is a number, not text\./);
    expect(bad({ ...head, epoch: -3 })).toMatch(/^The scene file's epoch is -3, below the smallest allowed \(0\)\./);
    expect(bad({ ...head, weights: { activation: 'relu', layers: [{ inDim: 3, outDim: 1, W: ['a', 1, 1], b: [0] }] } })).toBe(
      'The weights in the scene file are damaged (weights.layers[0].W[0] is text, not a number).',
    );
    expect(bad({ ...head, weights: { activation: 'gelu', layers: [] } })).toMatch(
      /weights\.activation is "gelu", not one of "relu", "tanh"/,
    );
    expect(bad({ ...head, history: { a: 1 } })).toBe('The history in the scene file is damaged (history.timeline is missing).');
    for (const m of [bad({ app: 'other' }), bad({ ...head, query: 5 }), bad({ ...head, history: { a: 1 } })])
      expect(m).not.toMatch(/Invalid input|\.\d+\b/);
  });
});
