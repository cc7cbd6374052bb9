import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../core/datasets';
import { PRESET_FACTS_SEED } from '../../store/presetFacts';
import { datasetSpecOf } from '../../store/sceneFromSettings';
import { coerceSetting, defaultSettings, SETTINGS, type SettingName, type Settings } from '../../store/settings';
import { needsSetup, stepSettings } from './lectureSetup';
import { LECTURE_STEPS } from './lectureSteps';

describe('lecture steps', () => {
  it('are well-formed: unique ids, every text present and short enough for the presenter view', () => {
    expect(new Set(LECTURE_STEPS.map((s) => s.id)).size).toBe(LECTURE_STEPS.length);
    for (const s of LECTURE_STEPS) {
      for (const text of [s.title, s.claim, s.critique, s.measures, s.action]) {
        expect(text.trim().length).toBeGreaterThan(10);
        expect(text.length).toBeLessThan(420);
      }
    }
  });

  it('cover the five puzzles in order, each with a critique citing the literature (docs/science.md §5)', () => {
    const ids = LECTURE_STEPS.map((s) => s.id);
    const puzzles = ['exist', 'norms', 'noise', 'advtrain', 'mislabelled'];
    expect(ids.filter((id) => puzzles.includes(id))).toEqual(puzzles);
    for (const id of puzzles) expect(LECTURE_STEPS.find((s) => s.id === id)!.critique).toMatch(/\b(19|20)\d{2}\b/);
  });

  it("set up valid scenes: every setting passes the registry's coerceSetting unchanged and makes a dataset", () => {
    for (const step of LECTURE_STEPS) {
      const want = stepSettings(step);
      expect(want.preset, step.id).toBeDefined();
      for (const [k, v] of Object.entries(want)) {
        expect(k in SETTINGS, `${step.id}: ${k}`).toBe(true);
        expect(coerceSetting(k as SettingName, v), `${step.id}: ${k}`).toEqual({ value: v, repaired: false });
      }
      const settings = { ...defaultSettings(), ...want } as Settings;
      const d = makeDataset(datasetSpecOf(settings));
      if (step.attackPoint !== undefined) expect(step.attackPoint).toBeLessThan(d.count);
      if (step.drawer === 'epochs' || step.runAblation) expect(d.count).toBeGreaterThan(0);
    }
  });

  it('keep the running scene when the settings already match, and rebuild it otherwise', () => {
    const plane = LECTURE_STEPS.find((s) => s.id === 'norms')!;
    const onPlane = { ...defaultSettings(), ...stepSettings(plane) } as Settings;
    expect(needsSetup(onPlane, plane)).toBe(false);
    expect(needsSetup({ ...onPlane, preset: 'paper-line', manifold: 'line2d' }, plane)).toBe(true);
    expect(needsSetup({ ...onPlane, lr: 0.5 }, plane)).toBe(true);
    expect(needsSetup({ ...onPlane, hidden: [400, 10] }, plane)).toBe(true);
  });

  it('set the seed the quoted numbers were measured with, so a stored seed-2 scene is rebuilt on seed 1', () => {
    for (const step of LECTURE_STEPS) expect(stepSettings(step).seed, step.id).toBe(PRESET_FACTS_SEED);
    const plane = LECTURE_STEPS.find((s) => s.id === 'exist')!;
    const onSeed2 = { ...defaultSettings(), ...stepSettings(plane), seed: 2 } as Settings;
    expect(needsSetup(onSeed2, plane)).toBe(true);
    expect({ ...onSeed2, ...stepSettings(plane) }.seed).toBe(1);
  });
});
