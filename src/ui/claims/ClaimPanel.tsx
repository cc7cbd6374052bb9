import type { ReactNode } from 'react';
import type { ClaimsJobOf, ClaimsParams, ClaimsSlot } from '../../store/claimsStore';
import { ClaimFields, type FieldSpec } from './ClaimFields';
import { RunBar } from './RunBar';
import { useClaimJob } from './useClaimJob';

type Job<R extends ClaimsSlot> = ClaimsJobOf<R>;

/**
 * One claims experiment's body, toy or image: its input fields (locked while it runs), what
 * stands before the run bar, the run bar (progress, cancel, estimate), the finished result and a
 * note. Test ids of the fields are `${prefix}-${key}`.
 */
export function ClaimPanel<R extends ClaimsSlot>({
  run,
  fields,
  prefix,
  label,
  help,
  beforeRun,
  result,
  note,
}: {
  run: R;
  fields: FieldSpec<ClaimsParams[R]>[] | ((st: Job<R>) => FieldSpec<ClaimsParams[R]>[]);
  prefix: string;
  label: string;
  help: string;
  beforeRun?: (st: Job<R>) => ReactNode;
  result: (r: NonNullable<Job<R>['result']>, st: Job<R>) => ReactNode;
  note?: ReactNode;
}) {
  const { st, p, set, off, r } = useClaimJob(run);
  return (
    <>
      <ClaimFields fields={typeof fields === 'function' ? fields(st) : fields} p={p} set={set} prefix={prefix} disabled={off} />
      {beforeRun?.(st)}
      <RunBar run={run} label={label} help={help} />
      {r && result(r as NonNullable<Job<R>['result']>, st)}
      {note}
    </>
  );
}
