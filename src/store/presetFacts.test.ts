import { describe, expect, it } from 'vitest';
import { measurePresetRun } from './presetRun';
import { PRESET_FACTS, PRESET_FACTS_SEED, runSummary, shapeKind } from './presetFacts';
import { SCENE_PRESETS } from './presets';

/**
 * The preset descriptions and the lecture quote PRESET_FACTS; this re-measures every preset
 * (plain-JS trainer, as in the app) and fails when a number or a shape no longer holds.
 */
describe('measured preset facts (docs/science.md §2: what each recipe draws)', () => {
  for (const preset of SCENE_PRESETS) {
    it(`${preset.id}: the table matches a fresh run`, async () => {
      const want = PRESET_FACTS[preset.id];
      expect(want, `no measured facts for ${preset.id}`).toBeDefined();
      const epochs = Object.keys(want.shapes)
        .filter((k) => k !== 'end')
        .map(Number);
      const got = await measurePresetRun(preset.id, epochs, PRESET_FACTS_SEED);
      expect(got.convergedAt).toBe(want.convergedAt);
      expect(Object.keys(got.shapes).sort()).toEqual(Object.keys(want.shapes).sort());
      for (const [k, s] of Object.entries(want.shapes)) {
        const g = got.shapes[k];
        expect(g.clinging, `${preset.id} C at ${k}`).toBeCloseTo(s.clinging, 2);
        expect(g.faceShareClass1, `${preset.id} faces at ${k}`).toBeCloseTo(s.faceShareClass1, 2);
        expect(g.reachesFloor, `${preset.id} floor at ${k}`).toBe(s.reachesFloor);
        expect(g.medianAbsDimple).toBeCloseTo(s.medianAbsDimple, 2);
        expect(g.minAbsDimple).toBeCloseTo(s.minAbsDimple, 2);
        const dim = preset.settings.manifold === 'line2d' ? 2 : 3;
        expect(shapeKind(g, dim)).toBe(shapeKind(s, dim));
      }
    }, 120_000);
  }

  it('every description quotes its run, and the 2-D text no longer claims the line is clung to', () => {
    for (const p of SCENE_PRESETS)
      expect(p.description).toContain(
        runSummary(p.id, p.settings.manifold === 'line2d' ? 2 : 3, p.settings.marginTarget!, p.settings.maxEpochs!),
      );
    const line = SCENE_PRESETS.find((p) => p.id === 'paper-line')!.description;
    expect(line).toContain('a closed curve around the blue points');
    const plane = SCENE_PRESETS.find((p) => p.id === 'paper-plane')!.description;
    expect(plane).toContain('epoch 10: the boundary has left the box');
    expect(plane).toContain(`epoch ${PRESET_FACTS['paper-plane'].convergedAt}`);
  });
});
