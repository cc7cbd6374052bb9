import { useApp } from '../store/appStore';
import { SCENE_PRESETS, presetById } from '../store/presets';
import { changeSettings } from '../store/engineBridge';
import { PRESET_FACTS_SEED } from '../store/presetFacts';
import { differencesText, presetDifferences } from '../store/presetFactsFit';
import type { ScenePresetId } from '../store/scenePresetIds';
import type { Settings } from '../store/settings';

/**
 * The menu's short names, so that it fits the top bar at 1280 px without cutting them; each
 * entry's full name is its tooltip and the description beside the view.
 */
const SHORT_LABEL: Record<ScenePresetId, string> = {
  'paper-plane': 'Paper 3-D',
  'paper-plane-small-init': 'Small init',
  'paper-line': 'Paper 2-D',
  'dense-line': 'Line ×15',
  'dense-plane': 'Plane 8×8',
  'sheet-spiral': 'Sheet, spiral',
  'sheet-checker': 'Sheet, checker',
  sphere: 'Sphere',
};

/** The value of the menu entry for a preset whose settings were changed (by a link, or the seed). */
const CHANGED = 'changed';

/** The current scene and how the run differs from the preset's measured one (none: it is the preset). */
function useScene() {
  const settings = useApp((s) => s.settings);
  const edited = useApp((s) => s.editedPoints !== null);
  const preset = presetById(settings.preset);
  return { preset, diffs: presetDifferences(settings, edited, preset) };
}

/** Scene presets, one click each, with their one-paragraph explanation as tooltip. */
export function PresetPicker() {
  const { preset, diffs } = useScene();
  const changed = !!preset && diffs.length > 0;
  const title = !preset
    ? 'Custom: your own combination of settings. Pick a scene to start from its settings.'
    : changed
      ? `Custom, from "${preset.label}": your settings differ in ${differencesText(diffs)}. Pick a scene to start again from its settings (seed ${PRESET_FACTS_SEED}, as measured).`
      : `${preset.label}. ${preset.description}`;
  return (
    <div className="preset-picker" title={title}>
      <label htmlFor="preset">Scene</label>
      <select
        id="preset"
        data-testid="preset"
        value={changed ? CHANGED : (preset?.id ?? 'custom')}
        // A preset starts from the settings its facts were measured with, the seed included.
        onChange={(e) => {
          const id = e.target.value as Settings['preset'];
          void changeSettings(id === 'custom' ? { preset: id } : { preset: id, seed: PRESET_FACTS_SEED });
        }}
      >
        {SCENE_PRESETS.map((p) => (
          <option key={p.id} value={p.id} title={p.label}>
            {SHORT_LABEL[p.id]}
          </option>
        ))}
        {changed && (
          <option value={CHANGED} disabled>
            Custom ({SHORT_LABEL[preset.id]})
          </option>
        )}
        <option value="custom">Custom</option>
      </select>
    </div>
  );
}

/** The preset's paragraph; when the run differs from the preset's, its measured facts are marked as the preset's. */
export function PresetDescription() {
  const { preset, diffs } = useScene();
  if (!preset) return <p className="preset-description">Custom scene: your own data and training settings.</p>;
  return (
    <p className="preset-description" data-testid="preset-description">
      {diffs.length > 0 && (
        <strong className="preset-differs" data-testid="preset-differs">
          Custom, from {preset.label}: your settings differ in {differencesText(diffs)}. What follows was measured for the preset&apos;s own
          settings, not for this run.{' '}
        </strong>
      )}
      {preset.description}
    </p>
  );
}
