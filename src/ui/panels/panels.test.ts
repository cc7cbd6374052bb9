import { describe, expect, it } from 'vitest';
import { coerceSetting, defaultSettings, type SettingName } from '../../store/settings';
import { presetById } from '../../store/presets';
import { ABLATION_ARMS, ABLATION_MAX_EPOCHS, ablationVariants } from '../../store/ablationArms';
import { PAPER_PANEL_EPOCHS, panelEpochsFor, panelLabel } from './paperPanels';
import { isTimelineEpoch } from '../../core/timelinePolicy';

describe('paper epoch panels (docs/science.md §2)', () => {
  it("are the figures' epochs, and the timeline records every one of them", () => {
    expect(panelEpochsFor(2)).toEqual([0, 10, 20, 30, 100]);
    expect(panelEpochsFor(3)).toEqual([0, 10, 30, 100, 200]);
    for (const e of [...PAPER_PANEL_EPOCHS[2], ...PAPER_PANEL_EPOCHS[3]]) expect(isTimelineEpoch(e)).toBe(true);
    expect(panelLabel(0)).toBe('init');
    expect(panelLabel(30)).toBe('epoch 30');
  });
});

describe('init-scale / weight-decay ablation arms', () => {
  it('are valid settings, distinct, and change nothing but init scale and weight decay', () => {
    const ids = new Set(ABLATION_ARMS.map((a) => a.id));
    expect(ids.size).toBe(ABLATION_ARMS.length);
    for (const arm of ABLATION_ARMS) {
      for (const [k, v] of Object.entries(arm.patch)) expect(coerceSetting(k as SettingName, v)).toEqual({ value: v, repaired: false });
    }
    const settings = { ...defaultSettings(), ...presetById('paper-plane')!.settings, seed: 7 };
    const variants = ablationVariants(settings);
    expect(variants.map((v) => v.id)).toEqual(ABLATION_ARMS.map((a) => a.id));
    const rest = (c: (typeof variants)[number]['config']) => ({ ...c, initScale: 0, weightDecay: 0 });
    for (const v of variants) {
      expect(rest(v.config)).toEqual(rest(variants[0].config));
      expect(v.config.seed).toBe(7);
      expect(v.config.maxEpochs).toBe(ABLATION_MAX_EPOCHS);
    }
    expect(variants[0].config).toMatchObject({ initScale: 1, weightDecay: 0, optimizer: 'adam', learningRate: 0.01 });
    expect(variants[1].config.initScale).toBeCloseTo(1 / 3);
  });
});
