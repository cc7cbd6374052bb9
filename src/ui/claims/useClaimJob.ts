import { setClaimsParams, useClaims, type ClaimsJobOf, type ClaimsParams, type ClaimsSlot } from '../../store/claimsStore';

/** One claims job as a section reads it: its state, params, a params setter, whether inputs are locked, the result. */
export function useClaimJob<R extends ClaimsSlot>(run: R) {
  const st = useClaims((s) => s[run]) as ClaimsJobOf<R>;
  const set = (patch: Partial<ClaimsParams[R]>) => setClaimsParams(run, patch);
  return { st, p: st.params as ClaimsParams[R], set, off: st.running, r: st.result as ClaimsJobOf<R>['result'] };
}
