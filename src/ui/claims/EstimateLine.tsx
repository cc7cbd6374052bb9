import { useEffect } from 'react';
import type { ImageClaimRun } from '../../engine/claimsImageTypes';
import { useApp } from '../../store/appStore';
import { estimateClaims, paramsKey, useClaims } from '../../store/claimsStore';

/** Wait this long after the last input change before measuring (typing a number is several changes). */
const DEBOUNCE_MS = 400;

const duration = (s: number) =>
  s < 90 ? `${Math.max(1, Math.round(s))} s` : s < 5400 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} h`;

/**
 * The time an image run should take, measured before it starts: per-step costs timed in the
 * engine on this machine with this data and network shape, times the run's step counts.
 * Re-measured whenever the inputs change; after a run, its wall time stands beside it.
 */
export function EstimateLine({ run }: { run: ImageClaimRun }) {
  const params = useClaims((s) => s[run].params);
  const est = useClaims((s) => s.estimate[run]);
  const result = useClaims((s) => s[run].result);
  const running = useClaims((s) => s[run].running);
  const ready = useApp((s) => s.engineStatus === 'ready');
  const key = paramsKey(params);
  const fresh = est.status !== 'none' && est.key === key;
  useEffect(() => {
    if (!ready || running || fresh) return;
    const t = setTimeout(() => void estimateClaims(run), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [ready, running, fresh, run, key]);
  const took = result && paramsKey(result.request) === key ? ` · the last run took ${duration(result.seconds)}` : '';
  let text = 'Estimating the run time…';
  if (fresh && est.status === 'measuring') text = 'Loading the data and timing a few steps to estimate the run time…';
  if (fresh && est.status === 'failed') text = `No time estimate: ${est.error}`;
  if (fresh && est.status === 'ready')
    text = `Estimated time: about ${duration(est.seconds)} (an estimate from per-step costs measured just now)`;
  return (
    <p
      className="muted claims-estimate"
      data-testid={`${run}-estimate`}
      title={fresh && est.status === 'ready' ? `How: ${est.basis}` : undefined}
    >
      {text}
      {took}
    </p>
  );
}
