import { SETTINGS, coerceSetting, type SettingName } from './settings';
import type { SettingDef } from './settingTypes';

/**
 * What is wrong with a value given for a setting, in words, for every place a setting is typed or
 * read (the settings panel, links): repaired values say how they were repaired ("Seed 1.5 is not
 * a whole number; rounded to 2"), rejected ones what was expected ("… is not a list of layer
 * widths like 16,16"); the caller says what is used instead of a rejected value.
 */
export type SettingCheck = { ok: true; value: unknown; note: string | null } | { ok: false; problem: string };

/** A value as a message quotes it: numbers bare, anything else in quotes, cut at 40 characters. */
export function quoteGiven(raw: unknown): string {
  const text = String(raw).trim();
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(text) ? cut : `"${cut}"`;
}

/** A setting's value as the panel shows it (lists comma-separated, booleans on/off). */
export function showValue(v: unknown): string {
  if (Array.isArray(v)) return v.join(',');
  if (typeof v === 'boolean') return v ? 'on' : 'off';
  return String(v);
}

/** Enum lists up to this long are spelled out in the message; longer ones are named by kind. */
const LISTED_VALUES = 8;

export function checkSetting(name: SettingName, raw: unknown): SettingCheck {
  const d: SettingDef = SETTINGS[name];
  const given = `${d.label} ${quoteGiven(raw)}`;
  const c = coerceSetting(name, raw);
  if (!c) {
    switch (d.kind) {
      case 'enum':
        return {
          ok: false,
          problem: `${given} is not one of ${d.values.length <= LISTED_VALUES ? d.values.join(', ') : `the app's ${d.label.toLowerCase()}s`}`,
        };
      case 'bool':
        return { ok: false, problem: `${given} is not on or off (1 or 0)` };
      case 'number':
        return { ok: false, problem: `${given} is not a number` };
      case 'intList':
        return { ok: false, problem: `${given} is not a list of layer widths like 16,16` };
    }
  }
  if (!c.repaired) return { ok: true, value: c.value, note: null };
  return { ok: true, value: c.value, note: `${given} ${repairWords(name, raw, c.value)}` };
}

/** How a value that coerceSetting repaired differs from what was given, and what it became. */
function repairWords(name: SettingName, raw: unknown, value: unknown): string {
  const d: SettingDef = SETTINGS[name];
  if (d.kind === 'number') {
    const v = Number(raw);
    const faults: string[] = [];
    if (d.integer && !Number.isInteger(v)) faults.push('not a whole number');
    if (v < d.min) faults.push(`below the smallest allowed, ${d.min}`);
    if (v > d.max) faults.push(`above the largest allowed, ${d.max}`);
    const rounded = faults.length === 1 && faults[0] === 'not a whole number';
    return `is ${faults.join(' and ')}; ${rounded ? `rounded to ${showValue(value)}` : `${showValue(value)} is used`}`;
  }
  if (d.kind === 'intList') {
    const nums = (
      Array.isArray(raw)
        ? raw
        : String(raw)
            .split(/[,\s]+/)
            .filter(Boolean)
    ).map(Number);
    const faults: string[] = [];
    if (nums.length > d.maxLength) faults.push(`has more than ${d.maxLength} layers`);
    if (nums.some((n) => !Number.isInteger(n))) faults.push('has widths that are not whole numbers');
    if (nums.some((n) => n < d.min || n > d.max)) faults.push(`has widths outside ${d.min} to ${d.max}`);
    return `${faults.join(' and ')}; ${showValue(value)} is used`;
  }
  return `was changed to ${showValue(value)}`;
}
