import { NumberField } from '../NumberField';
import { OptionSelect, type SelectOption } from '../OptionSelect';

/** A labelled number input with an explanation as its tooltip; repairs and rejections are said by the field. */
export function ClaimsNumber({
  label,
  help,
  value,
  min,
  max,
  step,
  onChange,
  testId,
  disabled,
}: {
  label: string;
  help: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (v: number) => void;
  testId: string;
  disabled?: boolean;
}) {
  const integer = Number.isInteger(step) && Number.isInteger(min);
  return (
    <label className="claims-field" title={help}>
      <span>{label}</span>
      <NumberField
        value={value}
        rule={{ label, min, max, integer }}
        onCommit={onChange}
        testId={testId}
        disabled={disabled}
        inputMode={integer ? 'numeric' : 'decimal'}
      />
    </label>
  );
}

/** A labelled select with a tooltip. */
export function ClaimsSelect<T extends string>({
  label,
  help,
  value,
  options,
  onChange,
  testId,
  disabled,
}: {
  label: string;
  help: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (v: T) => void;
  testId: string;
  disabled?: boolean;
}) {
  return (
    <label className="claims-field" title={help}>
      <span>{label}</span>
      <OptionSelect value={value} options={options} onChange={onChange} testId={testId} disabled={disabled} />
    </label>
  );
}
