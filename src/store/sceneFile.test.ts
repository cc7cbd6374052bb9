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
