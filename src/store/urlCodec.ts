import { SETTINGS, defaultSettings, type SettingName, type Settings } from './settings';
import { EXTRA_KEYS } from './sceneExtras';
import { presetById } from './presets';
import { checkSetting, showValue } from './settingCheck';

/** URL format version; bump when a setting changes meaning. */
export const URL_VERSION = 1;

/** One thing a link got wrong, and what the app did about it, in a sentence. */
export interface LinkProblem {
  /** The query key (a setting name, `v`, `cam`, `hide`, `pts`, or an unknown key). */
  key: string;
  text: string;
}

export interface DecodedUrl {
  settings: Settings;
  /** Names given (and valid) in the URL; the preset named in it supplies the others, then the defaults. */
  given: SettingName[];
  /** Every problem found and repaired, in the link's order; empty for a clean URL. */
  problems: LinkProblem[];
}

/**
 * Query string -> settings, a preset named in it supplying the values it does not name. Never
 * throws: a bad value is repaired (rounded, clamped) or replaced by the preset's or the default,
 * and each is named in `problems` with what was given and what is used.
 */
export function decodeSettings(search: string): DecodedUrl {
  const settings = defaultSettings() as Record<string, unknown>;
  const problems: LinkProblem[] = [];
  const rejected: { key: SettingName; problem: string }[] = [];
  const given: SettingName[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {
      settings: settings as Settings,
      given,
      problems: [{ key: '', text: 'The link could not be read; the default scene is shown.' }],
    };
  }
  const v = params.get('v');
  if (v !== null && v !== String(URL_VERSION)) {
    problems.push({
      key: 'v',
      text: `The link is from version ${v.slice(0, 12)} of the app (this is version ${URL_VERSION}); settings were read where they still mean the same.`,
    });
  }
  for (const [key, raw] of params) {
    if ((EXTRA_KEYS as readonly string[]).includes(key)) continue;
    if (!(key in SETTINGS)) {
      problems.push({ key, text: `Unknown setting "${key.slice(0, 40)}" in the link was ignored.` });
      continue;
    }
    const name = key as SettingName;
    const c = checkSetting(name, raw);
    if (!c.ok) {
      rejected.push({ key: name, problem: c.problem });
      problems.push({ key: name, text: '' }); // worded below, once the preset is known
      continue;
    }
    if (c.note) problems.push({ key: name, text: `${c.note}.` });
    settings[name] = c.value;
    given.push(name);
  }
  const preset = settings.preset !== 'custom' ? presetById(String(settings.preset)) : undefined;
  if (preset) for (const [k, value] of Object.entries(preset.settings)) if (!given.includes(k as SettingName)) settings[k] = value;
  for (const r of rejected) {
    const from = r.key === 'preset' ? 'the default scene' : preset && r.key in preset.settings ? "the scene's" : 'the default';
    const used =
      r.key === 'preset' ? `"${presetById(String(settings.preset))?.label ?? String(settings.preset)}"` : showValue(settings[r.key]);
    problems.find((p) => p.key === r.key && p.text === '')!.text = `${r.problem}; ${from} ${used} is used.`;
  }
  return { settings: settings as Settings, given, problems };
}

/**
 * Settings -> compact query string holding only the values that differ from what decoding would
 * supply: the named preset's values, else the defaults (so a preset's value changed back to the
 * default, e.g. its speed, survives the link).
 */
export function encodeSettings(s: Settings): string {
  const preset = s.preset !== 'custom' ? presetById(s.preset) : undefined;
  const d = { ...defaultSettings(), ...preset?.settings } as Record<string, unknown>;
  const params = new URLSearchParams();
  params.set('v', String(URL_VERSION));
  for (const name of Object.keys(SETTINGS) as SettingName[]) {
    const value = s[name] as unknown;
    const def = d[name];
    const same = Array.isArray(value) ? JSON.stringify(value) === JSON.stringify(def) : value === def;
    if (same) continue;
    params.set(name, Array.isArray(value) ? value.join(',') : typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  return params.toString();
}
