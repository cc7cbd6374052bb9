import type { ReactNode } from 'react';
import type { ClaimsJobOf, ClaimsParams, ClaimsSlot } from '../../store/claimsStore';
import { ClaimFields, type FieldSpec } from './ClaimFields';
import { RunBar } from './RunBar';
import TEXT from './claimsText.json';
import { useClaimJob } from './useClaimJob';

/** A run's button and its tooltip, a note before the run bar and the notes after the result. */
interface PanelText {
  label: string;
  help: string;
  before?: string;
  notes?: string[];
}
const PANELS: Record<ClaimsSlot, PanelText> = TEXT.panels;

/** The prefix of a run's test ids: advtrainImages → advtrain-images. */
export const testIdPrefix = (run: ClaimsSlot): string => run.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

type Job<R extends ClaimsSlot> = ClaimsJobOf<R>;

/**
 * One claims experiment's body, toy or image: its input fields (locked while it runs), what
 * stands before the run bar, the run bar (progress, cancel, estimate), the finished result and
 * the notes. The words come from claimsText.json by `run`. Test ids of the fields are
 * `${testIdPrefix(run)}-${key}`.
 */
export function ClaimPanel<R extends ClaimsSlot>({
  run,
  fields,
  beforeRun,
  result,
}: {
  run: R;
  fields: FieldSpec<ClaimsParams[R]>[] | ((st: Job<R>) => FieldSpec<ClaimsParams[R]>[]);
  beforeRun?: (st: Job<R>) => ReactNode;
  result: (r: NonNullable<Job<R>['result']>, st: Job<R>) => ReactNode;
}) {
  const { st, p, set, off, r } = useClaimJob(run);
  const { label, help, before, notes = [] } = PANELS[run];
  return (
    <>
      <ClaimFields fields={typeof fields === 'function' ? fields(st) : fields} p={p} set={set} prefix={testIdPrefix(run)} disabled={off} />
      {before && <p className="muted">{before}</p>}
      {beforeRun?.(st)}
      <RunBar run={run} label={label} help={help} />
      {r && result(r as NonNullable<Job<R>['result']>, st)}
      {notes.map((n) => (
        <p key={n} className="muted">
          {n}
        </p>
      ))}
    </>
  );
}
