import { describe, expect, it } from 'vitest';
import { decodeSettings, encodeSettings } from './urlCodec';
import { SETTINGS, defaultSettings, type SettingName } from './settings';

describe('URL codec', () => {
  it('round-trips every setting', () => {
    const s = defaultSettings();
    s.backend = 'wasm';
    s.lr = 0.003;
    s.hidden = [64, 64];
    s.colorByHeight = false;
    s.preset = 'sphere';
    s.seed = 42;
    const d = decodeSettings(encodeSettings(s));
    expect(d.problems).toEqual([]);
    expect(d.settings).toEqual(s);
  });

  it('encodes only non-default values', () => {
    expect(encodeSettings(defaultSettings())).toBe('v=1');
  });

  it('repairs or rejects bad values with a notice, never throws', () => {
    const d = decodeSettings('?backend=quantum&lr=NaN&seed=-5&hidden=9999,abc&count=1e9&bogus=1&v=99');
    expect(d.settings.backend).toBe('auto');
    expect(d.settings.lr).toBe(SETTINGS.lr.default);
    expect(d.settings.seed).toBe(0);
    expect(d.settings.hidden).toEqual([400]);
    expect(d.settings.count).toBe(2000);
    expect(d.problems.map((p) => p.key)).toEqual(['v', 'backend', 'lr', 'seed', 'hidden', 'count', 'bogus']);
    expect(d.problems.every((p) => p.text.endsWith('.'))).toBe(true);
  });

  it('accepts every enum value and clamps every number to its range', () => {
    for (const [name, def] of Object.entries(SETTINGS) as [SettingName, (typeof SETTINGS)[SettingName]][]) {
      if (def.kind === 'enum') for (const v of def.values) expect(decodeSettings(`${name}=${v}`).settings[name]).toBe(v);
      if (def.kind === 'number') {
        expect(decodeSettings(`${name}=${def.max * 10 + 1}`).settings[name]).toBe(def.max);
        expect(decodeSettings(`${name}=${def.min - 1}`).settings[name]).toBe(def.min);
      }
    }
  });
});
