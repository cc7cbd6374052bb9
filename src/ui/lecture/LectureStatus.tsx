import { useApp } from '../../store/appStore';
import { panelEpochsFor } from '../panels/paperPanels';
import { LECTURE_STEPS } from './lectureSteps';
import { useLecture } from './lectureStore';

/**
 * What the step is doing while it sets up, said in the card: a step that starts from a fresh
 * network (e.g. "Why adversarial examples exist" retrains a converged run so the class watches
 * it) says so while that run trains, instead of restarting silently.
 */
/** True while the step retrains from a fresh network (a step with `reset`, before its run stops). */
export function useLectureRetraining(): boolean {
  const step = LECTURE_STEPS[useLecture((s) => s.step)];
  const runState = useApp((s) => s.runState);
  return Boolean(step.reset) && (runState === 'running' || runState === 'idle');
}

/** Shown in place of the step's hint while the step retrains (the hint speaks of the finished run). */
export function LectureStatus() {
  const step = LECTURE_STEPS[useLecture((s) => s.step)];
  const n = useApp((s) => s.dataset?.n ?? 3);
  const epochs = panelEpochsFor(n).filter((e) => e > 0);
  return (
    <p className="lecture-action lecture-status" role="status" data-testid="lecture-status">
      Retraining from scratch (same seed) to watch it:{' '}
      {step.drawer === 'epochs' ? `panels fill in at ${epochs.join(', ')}.` : 'the view follows.'}
    </p>
  );
}
