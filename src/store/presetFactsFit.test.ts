import { describe, expect, it } from 'vitest';
import { presetById } from './presets';
import { differencesText, presetDifferences } from './presetFactsFit';
import { defaultSettings, type Settings } from './settings';

const scene = (id: string, patch: Partial<Settings> = {}): Settings =>
  ({ ...defaultSettings(), ...presetById(id)!.settings, preset: id, seed: 1, ...patch }) as Settings;

describe('how a run differs from the preset its facts were measured for', () => {
  it('the preset itself, and view settings (speed, grids, colours), differ in nothing', () => {
    expect(presetDifferences(scene('paper-plane'), false)).toEqual([]);
    expect(presetDifferences(scene('paper-line', { speed: 50, gridPaused: 96, colorByHeight: false }), false)).toEqual([]);
  });

  it('the repaired link (seed 2, lr 1e-6) differs in seed and learning rate', () => {
    const d = presetDifferences(scene('paper-plane', { seed: 2, lr: 0.000001 }), false);
    expect(d.map((x) => x.name)).toEqual(['seed', 'lr']);
    expect(differencesText(d)).toBe('seed 2 (preset 1), learning rate 0.000001 (preset 0.01)');
  });

  it('edited points and a network change count; custom has no preset to differ from', () => {
    expect(differencesText(presetDifferences(scene('paper-plane', { hidden: [64, 64] }), true))).toBe(
      'hidden layers 64,64 (preset 400), edited points',
    );
    expect(presetDifferences({ ...defaultSettings(), preset: 'custom', seed: 9 }, true)).toEqual([]);
  });
});
