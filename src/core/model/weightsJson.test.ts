import { describe, expect, it } from 'vitest';
import { initMlpWeights } from './initWeights';
import { mlpWeightsJsonSchema, resumeJsonSchema, weightsFromJson, weightsProblem, weightsToJson } from './weightsJson';

describe('weights JSON codec', () => {
  const w = initMlpWeights(3, [5, 4], 1, 'tanh', 1, 2);
  it('round-trips through JSON text exactly (float32 values survive as numbers)', () => {
    const back = weightsFromJson(mlpWeightsJsonSchema.parse(JSON.parse(JSON.stringify(weightsToJson(w)))));
    expect(back.activation).toBe('tanh');
    expect(back.layers.map((l) => [l.inDim, l.outDim])).toEqual([
      [3, 5],
      [5, 4],
      [4, 1],
    ]);
    back.layers.forEach((l, i) => {
      expect(Array.from(l.W)).toEqual(Array.from(w.layers[i].W));
      expect(Array.from(l.b)).toEqual(Array.from(w.layers[i].b));
    });
  });
  it('names what is damaged: sizes, chaining, non-finite numbers', () => {
    const j = weightsToJson(w);
    expect(weightsProblem(j.layers)).toBeNull();
    expect(weightsProblem([{ ...j.layers[0], W: j.layers[0].W.slice(1) }])).toMatch(/layer 1 has the wrong number/);
    expect(weightsProblem([j.layers[0], j.layers[2]])).toMatch(/outputs 5 values but layer 2 takes 4/);
    const nan = Float32Array.from(w.layers[1].b);
    nan[0] = NaN;
    expect(weightsProblem([w.layers[0], { ...w.layers[1], b: nan }])).toMatch(/layer 2 holds non-finite/);
    expect(() => weightsFromJson({ ...j, layers: [{ ...j.layers[0], b: [] }] })).toThrow(/wrong number/);
  });
  it('names a number finite as a double but too large for float32, by its path', () => {
    const j = weightsToJson(w);
    j.layers[2].W[3] = 5e38;
    expect(weightsProblem(j.layers)).toBe('weights.layers[2].W[3] = 5e+38 does not fit in float32, which holds at most ±3.4e38');
    expect(() => weightsFromJson(j)).toThrow(/layers\[2\]\.W\[3\]/);
    j.layers[2].W[3] = -3.4e38; // fits
    expect(weightsProblem(j.layers)).toBeNull();
  });
  it('rejects unknown activations and a missing epoch in the resume form', () => {
    expect(mlpWeightsJsonSchema.safeParse({ ...weightsToJson(w), activation: 'gelu' }).success).toBe(false);
    expect(resumeJsonSchema.safeParse({ weights: weightsToJson(w) }).success).toBe(false);
    expect(resumeJsonSchema.safeParse({ epoch: 3, weights: weightsToJson(w) }).success).toBe(true);
  });
});
