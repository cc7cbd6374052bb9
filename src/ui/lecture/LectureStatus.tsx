import { useApp } from '../../store/appStore';
import { panelEpochsFor } from '../panels/paperPanels';
import { LECTURE_STEPS } from './lectureSteps';
import { useLecture } from './lectureStore';

/**
 * What the step is doing while it sets up, said in the card: a step that starts from a fresh
 * network (e.g. "Why adversarial examples exist" retrains a converged run so the class watches
 * it) says so while that run trains, instead of restarting silently.
 */
export function LectureStatus() {
  const step = LECTURE_STEPS[useLecture((s) => s.step)];
  const runState = useApp((s) => s.runState);
  const n = useApp((s) => s.dataset?.n ?? 3);
  if (!step.reset || (runState !== 'running' && runState !== 'idle')) return null;
  const epochs = panelEpochsFor(n).filter((e) => e > 0);
  return (
    <p className="lecture-status" role="status" data-testid="lecture-status">
      {runState === 'running' ? 'Training' : 'Starting'} a fresh network from the same seed and data, so you can watch it: the{' '}
      {step.drawer === 'epochs' ? `panels fill in as it reaches epochs ${epochs.join(', ')}` : 'view follows it'}; it stops by the stop
      rule.
    </p>
  );
}
