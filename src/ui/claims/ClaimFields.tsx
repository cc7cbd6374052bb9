import { ClaimsNumber, ClaimsSelect } from './ClaimsNumber';

/** A number input bound to params[key] (or to what `put` makes of the value). */
export interface NumberFieldSpec<P> {
  key: keyof P & string;
  /** Test id suffix when it is not the key. */
  id?: string;
  label: string;
  help: string;
  min: number | ((p: P) => number);
  max: number | ((p: P) => number);
  step: number;
  put?: (v: number, p: P) => Partial<P>;
}

/** A select whose value is read by `get` and written by `put` (arrays such as hidden widths). */
export interface SelectFieldSpec<P> {
  id: string;
  label: string;
  help: string;
  options: { value: string; label: string }[];
  get: (p: P) => string;
  put: (v: string) => Partial<P>;
}

export type FieldSpec<P> = NumberFieldSpec<P> | SelectFieldSpec<P>;

const isSelect = <P,>(f: FieldSpec<P>): f is SelectFieldSpec<P> => 'options' in f;
const at = <P,>(v: number | ((p: P) => number), p: P) => (typeof v === 'function' ? v(p) : v);

/**
 * One row of labelled inputs for a claims experiment, from a table of field specs; test ids
 * are `${prefix}-${key or id}`. All are disabled while the job runs.
 */
export function ClaimFields<P>({
  fields,
  p,
  set,
  prefix,
  disabled,
}: {
  fields: FieldSpec<P>[];
  p: P;
  set: (patch: Partial<P>) => void;
  prefix: string;
  disabled: boolean;
}) {
  return (
    <div className="claims-controls">
      {fields.map((f) =>
        isSelect(f) ? (
          <ClaimsSelect
            key={f.id}
            label={f.label}
            help={f.help}
            value={f.get(p)}
            options={f.options}
            onChange={(v) => set(f.put(v))}
            testId={`${prefix}-${f.id}`}
            disabled={disabled}
          />
        ) : (
          <ClaimsNumber
            key={f.key}
            label={f.label}
            help={f.help}
            value={p[f.key] as number}
            min={at(f.min, p)}
            max={at(f.max, p)}
            step={f.step}
            onChange={(v) => set(f.put ? f.put(v, p) : ({ [f.key]: v } as Partial<P>))}
            testId={`${prefix}-${f.id ?? f.key}`}
            disabled={disabled}
          />
        ),
      )}
    </div>
  );
}
