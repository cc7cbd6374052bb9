import { describe, expect, it } from 'vitest';
import { initMlpWeights } from './initWeights';
import { historyFromJson, historyToJson, runHistoryJsonSchema, type RunHistory } from './runHistory';

const w = (seed: number) => initMlpWeights(3, [4], 1, 'relu', 1, seed);
const history: RunHistory = {
  timeline: [
    { epoch: 0, clinging: 0.44, accuracy: 0.52, loss: 0.69, weights: w(1) },
    { epoch: 10, clinging: NaN, accuracy: 0.8, loss: 0.4, weights: w(2) },
  ],
  curve: { epoch: [0, 1, 2], loss: [0.69, 0.6, NaN], accuracy: [0.52, 0.6, 0.64] },
  clinging: { epoch: [0, 10], value: [0.44, 0.5] },
};

describe('run history JSON', () => {
  it('round-trips through JSON text: snapshots with their weights, series, NaN as null', () => {
    const text = JSON.stringify(historyToJson(history));
    expect(text).toContain('"loss":[0.69,0.6,null]');
    const back = historyFromJson(runHistoryJsonSchema.parse(JSON.parse(text)));
    expect(back.timeline.map((s) => s.epoch)).toEqual([0, 10]);
    expect(back.timeline[1].clinging).toBeNaN();
    expect(Array.from(back.timeline[1].weights.layers[0].W)).toEqual(Array.from(w(2).layers[0].W));
    expect(back.curve.loss[2]).toBeNaN();
    expect(back.curve.epoch).toEqual([0, 1, 2]);
    expect(back.clinging).toEqual(history.clinging);
  });

  it('names what does not fit', () => {
    const j = historyToJson(history);
    expect(() => historyFromJson({ ...j, curve: { ...j.curve, loss: [1] } })).toThrow(/loss and accuracy series do not match/);
    expect(() => historyFromJson({ ...j, clinging: { epoch: [0], value: [] } })).toThrow(/clinging series/);
    const broken = structuredClone(j);
    broken.timeline[1].weights.layers[0].b = [];
    expect(() => historyFromJson(broken)).toThrow(/timeline snapshot 2 \(epoch 10\): layer 1 has the wrong number/);
  });
});
