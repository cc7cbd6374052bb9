import { decodeSettings, encodeSettings } from './urlCodec';
import type { Settings } from './settings';
import { presetById } from './presets';

/** Settings from the page's URL; a preset named in the link supplies the unnamed values. */
export function readUrl(): { settings: Settings; notices: string[] } {
  const d = decodeSettings(window.location.search);
  const preset = presetById(d.settings.preset);
  if (preset && d.settings.preset !== 'custom') {
    const merged = { ...d.settings } as Record<string, unknown>;
    for (const [k, v] of Object.entries(preset.settings)) if (!d.given.includes(k as keyof Settings)) merged[k] = v;
    return { settings: merged as Settings, notices: d.notices };
  }
  return { settings: d.settings, notices: d.notices };
}

/** Mirror the settings into the URL without adding history entries. */
export function writeUrl(s: Settings): void {
  const q = encodeSettings(s);
  const url = `${window.location.pathname}?${q}${window.location.hash}`;
  window.history.replaceState(null, '', url);
}
