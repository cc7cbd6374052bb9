import { SETTINGS, coerceSetting, defaultSettings, type SettingName, type Settings } from './settings';
import { EXTRA_KEYS } from './sceneExtras';

/** URL format version; bump when a setting changes meaning. */
export const URL_VERSION = 1;

export interface DecodedUrl {
  settings: Settings;
  /** Names given in the URL (others keep their defaults). */
  given: SettingName[];
  /** Human-readable problems found and repaired; empty for a clean URL. */
  notices: string[];
}

/** Query string -> settings. Never throws: bad values are dropped or clamped with a notice. */
export function decodeSettings(search: string): DecodedUrl {
  const settings = defaultSettings() as Record<string, unknown>;
  const notices: string[] = [];
  const given: SettingName[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { settings: settings as Settings, given, notices: ['The link could not be read; the default scene is shown.'] };
  }
  const v = params.get('v');
  if (v !== null && v !== String(URL_VERSION)) {
    notices.push(
      `The link is from version ${v.slice(0, 12)} of the app (this is version ${URL_VERSION}); settings were read where they still mean the same.`,
    );
  }
  for (const [key, raw] of params) {
    if ((EXTRA_KEYS as readonly string[]).includes(key)) continue;
    if (!(key in SETTINGS)) {
      notices.push(`Unknown setting "${key.slice(0, 40)}" in the link was ignored.`);
      continue;
    }
    const name = key as SettingName;
    const c = coerceSetting(name, raw);
    if (!c) {
      notices.push(`"${raw.slice(0, 40)}" is not a valid ${SETTINGS[name].label.toLowerCase()}; the default was used.`);
      continue;
    }
    if (c.repaired) notices.push(`${SETTINGS[name].label} ${raw.slice(0, 40)} is out of range; it was clamped to ${String(c.value)}.`);
    settings[name] = c.value;
    given.push(name);
  }
  return { settings: settings as Settings, given, notices };
}

/** Settings -> compact query string holding only the values that differ from the defaults. */
export function encodeSettings(s: Settings): string {
  const d = defaultSettings() as Record<string, unknown>;
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
