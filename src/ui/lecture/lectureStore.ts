import { create } from 'zustand';
import { pushNotice, useApp } from '../../store/appStore';
import { useAttack } from '../../store/attackStore';
import { changeSettings, controls, loadScene } from '../../store/engineBridge';
import { openDrawer, runAblation, sameData, usePanels } from '../../store/panelsStore';
import { attackPoint, clearAttacks } from '../../store/attackActions';
import { runClaims, setClaimsSource, useClaims } from '../../store/claimsStore';
import { needsSetup } from './lectureSetup';
import { LECTURE_STEPS } from './lectureSteps';

interface LectureState {
  active: boolean;
  step: number;
  /** Presenter view: full screen, large fonts, high contrast. */
  presenter: boolean;
  /** Whether the browser granted full screen for the presenter view (it may refuse, e.g. without a click). */
  fullscreen: boolean;
}

export const useLecture = create<LectureState>()(() => ({ active: false, step: 0, presenter: false, fullscreen: false }));

/** Bumped per step entered: a slow scene setup must not act after the user moved on. */
let entering = 0;

async function enter(index: number): Promise<void> {
  const token = ++entering;
  const step = LECTURE_STEPS[index];
  openDrawer(step.drawer);
  if (needsSetup(useApp.getState().settings, step)) await changeSettings(step.settings);
  else if (step.reset) await loadScene();
  if (token !== entering || !useLecture.getState().active) return;
  if (step.attackPoint !== undefined) useAttack.setState({ lastPoint: step.attackPoint });
  else clearAttacks(); // a step without an attack shows no readout over its view
  if (step.play) controls.playUnlessStopped(); // a stopped run stays stopped: playing on would lift the stop rule
  if (step.runAblation && !usePanels.getState().ablation.result) void runAblation();
  if (step.claimsRun) runToyClaim(step.claimsRun);
  if (step.attackWhenStopped && step.attackPoint !== undefined) attackOnceStopped(token, step.attackPoint);
}

/**
 * The Claims steps speak of the toy scene (their numbers are the toy's): switch the claim's data
 * menu to it, where the user may have chosen an image set, and run it unless a result on these
 * very points is there already (one from another scene would be shown under this step's words).
 */
function runToyClaim(run: 'advtrain' | 'paradox'): void {
  setClaimsSource(run, 'toy');
  const job = useClaims.getState()[run];
  if (job.running) return;
  if (!job.result || !sameData(job.dataset, useApp.getState().dataset)) void runClaims(run);
}

const stopped = () => ['converged', 'max-epochs'].includes(useApp.getState().runState);

/** Attack a point as soon as the run has stopped, unless the user moved to another step first. */
function attackOnceStopped(token: number, point: number): void {
  const go = () => token === entering && useLecture.getState().active && void attackPoint(point);
  if (stopped()) return void go();
  const unsubscribe = useApp.subscribe((s) => {
    if (token !== entering) return unsubscribe();
    if (s.runState === 'converged' || s.runState === 'max-epochs') {
      unsubscribe();
      go();
    }
  });
}

export function goToStep(index: number): void {
  const i = Math.max(0, Math.min(LECTURE_STEPS.length - 1, index));
  const s = useLecture.getState();
  if (s.active && s.step === i) return;
  useLecture.setState({ active: true, step: i });
  void enter(i);
}

export const nextStep = () => goToStep(useLecture.getState().step + 1);
export const prevStep = () => goToStep(useLecture.getState().step - 1);

export function startLecture(): void {
  if (!useLecture.getState().active) goToStep(useLecture.getState().step);
}

export function exitLecture(): void {
  entering++;
  setPresenter(false);
  useLecture.setState({ active: false });
}

/**
 * Presenter view; asks for full screen (the browser grants it only from a click or key press).
 * If it refuses, a notice says so and how to get it (F11); the view works either way.
 */
export function setPresenter(on: boolean): void {
  useLecture.setState({ presenter: on });
  if (on && !document.fullscreenElement) {
    const refused = () =>
      pushNotice('info', 'The browser did not allow full screen here; press F11 (⌃⌘F on a Mac) for it. The presenter view works without.', {
        kind: 'fullscreen-refused',
      });
    const request = document.documentElement.requestFullscreen?.bind(document.documentElement);
    if (!request) refused();
    else request().catch(refused);
  }
  if (!on && document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

export const togglePresenter = () => setPresenter(!useLecture.getState().presenter);

// Leaving full screen by the browser's own Esc also leaves the presenter view.
let wasFullscreen = false;
document.addEventListener('fullscreenchange', () => {
  const now = document.fullscreenElement !== null;
  useLecture.setState({ fullscreen: now });
  if (wasFullscreen && !now && useLecture.getState().presenter) useLecture.setState({ presenter: false });
  wasFullscreen = now;
});
