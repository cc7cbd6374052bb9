/**
 * The one check behind every typed number field (settings, attack parameters, Experiments A/B,
 * Claims): parse, round where a whole number is needed, clamp to the allowed range, and say in
 * words what was repaired or why the value was rejected, so the field can show it beside itself.
 */
export interface NumberRule {
  /** The field's name in messages, e.g. "N" or "ε". */
  label: string;
  min?: number;
  max?: number;
  integer?: boolean;
}

export type FieldCheck = { ok: true; value: number; note: string | null } | { ok: false; note: string };

const show = (v: number) => String(Number(v.toPrecision(6)));
const quoted = (raw: string) => `"${raw.trim().slice(0, 24)}${raw.trim().length > 24 ? '…' : ''}"`;

export function checkNumber(raw: string, rule: NumberRule): FieldCheck {
  const text = raw.trim();
  const v = Number(text);
  if (text === '' || Number.isNaN(v)) return { ok: false, note: `${quoted(raw)} is not a number.` };
  if (!Number.isFinite(v)) return { ok: false, note: `${rule.label} must be a finite number, not ${quoted(raw)}.` };
  let out = v;
  const notes: string[] = [];
  if (rule.integer && !Number.isInteger(out)) {
    out = Math.round(out);
    notes.push(`${rule.label} must be a whole number: ${show(v)} was rounded to ${show(out)}`);
  }
  if (rule.min !== undefined && out < rule.min) {
    notes.push(`${rule.label} ${show(out)} is below the smallest allowed value, ${show(rule.min)}: it was set to ${show(rule.min)}`);
    out = rule.min;
  } else if (rule.max !== undefined && out > rule.max) {
    notes.push(`${rule.label} ${show(out)} is above the largest allowed value, ${show(rule.max)}: it was set to ${show(rule.max)}`);
    out = rule.max;
  }
  return { ok: true, value: out, note: notes.length ? `${notes.join('; ')}.` : null };
}
