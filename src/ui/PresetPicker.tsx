import { useApp } from '../store/appStore';
import { SCENE_PRESETS, presetById } from '../store/presets';
import { changeSettings } from '../store/engineBridge';
import type { Settings } from '../store/settings';

/** Scene presets, one click each, with their one-paragraph explanation as tooltip. */
export function PresetPicker() {
  const preset = useApp((s) => s.settings.preset);
  const current = presetById(preset);
  return (
    <div className="preset-picker" title={current?.description ?? 'Your own combination of settings.'}>
      <label htmlFor="preset">Scene</label>
      <select
        id="preset"
        data-testid="preset"
        value={preset}
        onChange={(e) => void changeSettings({ preset: e.target.value as Settings['preset'] })}
      >
        {SCENE_PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
        <option value="custom">Custom</option>
      </select>
    </div>
  );
}

export function PresetDescription() {
  const preset = useApp((s) => s.settings.preset);
  const p = presetById(preset);
  return <p className="preset-description">{p ? p.description : 'Custom scene: your own data and training settings.'}</p>;
}
