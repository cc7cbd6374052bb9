/** One choice of a select: the value it stands for and the words shown. */
export type SelectOption<T extends string> = { value: T; label: string };

/**
 * A `<select>` over a list of options (value → shown label), reporting the chosen value typed
 * as `T`. The caller wraps it in its own label; `title` is the tooltip, `testId` the Playwright hook.
 */
export function OptionSelect<T extends string>({
  value,
  options,
  onChange,
  testId,
  title,
  disabled,
}: {
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (v: T) => void;
  testId: string;
  title?: string;
  disabled?: boolean;
}) {
  return (
    <select value={value} disabled={disabled} title={title} onChange={(e) => onChange(e.target.value as T)} data-testid={testId}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
