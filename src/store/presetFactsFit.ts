import { PRESET_FACTS_SEED } from './presetFacts';
import { presetById, type ScenePreset } from './presets';
import { REBUILD_SETTINGS, RECONFIGURE_SETTINGS } from './sceneFromSettings';
import { SETTINGS, defaultSettings, type SettingName, type Settings } from './settings';
import { showValue } from './settingCheck';

/** One way the current run differs from the one a preset's measured facts describe. */
export interface PresetDifference {
  /** A setting name, or 'points' for edited points. */
  name: SettingName | 'points';
  label: string;
  /** The current value and the preset's, as the panel shows them. */
  value: string;
  presetValue: string;
}

/**
 * Where the settings that change the run (data, network, optimiser, stop rule, seed) differ from
 * those the preset's facts were measured with (its settings on the defaults, seed
 * PRESET_FACTS_SEED; presetFacts.ts), plus edited points. Empty when the run is the preset's.
 * View settings (speed, grid, colours) never count: they change what is drawn, not the run.
 */
export function presetDifferences(
  settings: Settings,
  pointsEdited: boolean,
  preset: ScenePreset | undefined = presetById(settings.preset),
): PresetDifference[] {
  if (!preset) return [];
  const measured = { ...defaultSettings(), ...preset.settings, seed: PRESET_FACTS_SEED } as Record<string, unknown>;
  const out: PresetDifference[] = [];
  for (const name of [...REBUILD_SETTINGS, ...RECONFIGURE_SETTINGS]) {
    if (name === 'preset') continue;
    // The amplitude shapes the curved sheet only.
    if (name === 'amplitude' && settings.manifold !== 'sheet3d') continue;
    const a = showValue(settings[name]),
      b = showValue(measured[name]);
    if (a !== b) out.push({ name, label: SETTINGS[name].label, value: a, presetValue: b });
  }
  if (pointsEdited) out.push({ name: 'points', label: 'Points', value: 'edited', presetValue: 'generated' });
  return out;
}

/** "seed 2 (preset 1), learning rate 0.000001 (preset 0.01)". */
export function differencesText(diffs: readonly PresetDifference[]): string {
  return diffs
    .map((d) => (d.name === 'points' ? 'edited points' : `${d.label.toLowerCase()} ${d.value} (preset ${d.presetValue})`))
    .join(', ');
}
