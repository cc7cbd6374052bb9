import { useEffect, useRef, useState } from 'react';
import { pushNotice } from '../store/appStore';
import { checkNumber, type NumberRule } from '../store/fieldCheck';

/**
 * A typed number field used in every tab: commits on Enter or blur through checkNumber, and
 * when it repairs or rejects a value it says so beside itself (and as a notice), never silently.
 * A rejected value leaves the last good one in place.
 */
export function NumberField(props: NumberFieldProps) {
  const { input, note } = useNumberField(props);
  return (
    <>
      {input}
      {note}
    </>
  );
}

export interface NumberFieldProps {
  id?: string;
  value: number;
  rule: NumberRule;
  onCommit: (v: number) => void;
  testId?: string;
  disabled?: boolean;
  inputMode?: 'decimal' | 'numeric';
}

/** The field and its note apart, for a form that shows the note elsewhere (so that no button beside it moves). */
export function useNumberField({ id, value, rule, onCommit, testId, disabled, inputMode = 'decimal' }: NumberFieldProps) {
  const [draft, setDraft] = useState(String(value));
  const [note, setNote] = useState<{ text: string; level: 'warning' | 'info' } | null>(null);
  // The draft last checked: Enter then blur must not check (and clear the note) twice.
  const checked = useRef<string | null>(null);
  useEffect(() => setDraft(String(value)), [value]);
  const commit = () => {
    if (draft === String(value) || draft === checked.current) return;
    checked.current = draft;
    const c = checkNumber(draft, rule);
    if (!c.ok) {
      const text = `${c.note} ${rule.label} stays ${value}.`;
      setNote({ text, level: 'warning' });
      pushNotice('warning', text);
      setDraft(String(value));
      checked.current = String(value);
      return;
    }
    setNote(c.note ? { text: c.note, level: 'info' } : null);
    if (c.note) pushNotice('info', c.note);
    setDraft(String(c.value));
    checked.current = String(c.value);
    if (c.value !== value) onCommit(c.value);
  };
  return {
    input: (
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        value={draft}
        disabled={disabled}
        aria-invalid={note?.level === 'warning' || undefined}
        data-testid={testId}
        onChange={(e) => {
          checked.current = null;
          setDraft(e.target.value);
        }}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    ),
    note: <FieldNote note={note?.text ?? null} level={note?.level} testId={testId ? `${testId}-note` : undefined} />,
  };
}

/** The message beside a field that repaired or rejected a value (settings panel, attack and claims forms). */
export function FieldNote({ note, level = 'info', testId }: { note: string | null; level?: 'warning' | 'info'; testId?: string }) {
  if (!note) return null;
  return (
    <span className={`field-note field-note-${level}`} role="status" data-testid={testId}>
      {note}
    </span>
  );
}
