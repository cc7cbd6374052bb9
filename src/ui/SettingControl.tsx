import { useEffect, useState } from 'react';
import { SETTINGS, type SettingName } from '../store/settings';
import { checkSetting } from '../store/settingCheck';
import { useApp, pushNotice } from '../store/appStore';
import { changeSettings } from '../store/engineBridge';
import { FieldNote } from './NumberField';

const ENUM_LABELS: Record<string, string> = {
  line2d: 'Line in R²',
  plane3d: 'Plane in R³',
  sheet3d: 'Curved sheet in R³',
  sphere3d: 'Sphere in R³',
  auto: 'Auto (measured)',
  js: 'js (plain JS)',
};

/** One control generated from the settings registry; the registry's help is its tooltip. */
export function SettingControl({ name }: { name: SettingName }) {
  const def = SETTINGS[name];
  const value = useApp((s) => s.settings[name]);
  const hidden = useApp((s) => s.hidden.includes(name));
  const id = `setting-${name}`;
  const [draft, setDraft] = useState(() => display(value));
  useEffect(() => setDraft(display(value)), [value]);

  const [note, setNote] = useState<{ text: string; level: 'warning' | 'info' } | null>(null);

  const commit = (raw: unknown) => {
    const c = checkSetting(name, raw);
    if (!c.ok) {
      const text = `${c.problem}; it stays ${display(value)}.`;
      setNote({ text, level: 'warning' });
      pushNotice('warning', text);
      setDraft(display(value));
      return;
    }
    const text = c.note ? `${c.note}.` : null;
    setNote(text ? { text, level: 'info' } : null);
    if (text) pushNotice('info', text);
    void changeSettings({ [name]: c.value });
  };

  if (hidden) return null;
  let input;
  if (def.kind === 'enum') {
    input = (
      <select id={id} value={String(value)} onChange={(e) => commit(e.target.value)}>
        {def.values.map((v) => (
          <option key={v} value={v}>
            {ENUM_LABELS[v] ?? v}
          </option>
        ))}
      </select>
    );
  } else if (def.kind === 'bool') {
    input = <input id={id} type="checkbox" checked={Boolean(value)} onChange={(e) => commit(e.target.checked)} />;
  } else {
    input = (
      <input
        id={id}
        type="text"
        inputMode={def.kind === 'number' ? 'decimal' : 'text'}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft !== display(value) && commit(draft)}
        onKeyDown={(e) => e.key === 'Enter' && commit(draft)}
      />
    );
  }
  return (
    <div className={`setting setting-${def.kind}`} title={def.help} data-setting={name}>
      <label htmlFor={id}>{def.label}</label>
      {input}
      <FieldNote note={note?.text ?? null} level={note?.level} testId={`setting-note-${name}`} />
    </div>
  );
}

function display(v: unknown): string {
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
  return String(v);
}
