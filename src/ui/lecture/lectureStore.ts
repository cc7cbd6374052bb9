import { create } from 'zustand';
import { useApp } from '../../store/appStore';
import { useAttack } from '../../store/attackStore';
import { changeSettings, controls, loadScene } from '../../store/engineBridge';
import { openDrawer, runAblation, usePanels } from '../../store/panelsStore';
import { needsSetup } from './lectureSetup';
import { LECTURE_STEPS } from './lectureSteps';

interface LectureState {
  active: boolean;
  step: number;
  /** Presenter view: full screen, large fonts, high contrast. */
  presenter: boolean;
}

export const useLecture = create<LectureState>()(() => ({ active: false, step: 0, presenter: false }));

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
  if (step.play) controls.play();
  if (step.runAblation && !usePanels.getState().ablation.result) void runAblation();
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

/** Presenter view; full screen where the browser allows it (the view works without). */
export function setPresenter(on: boolean): void {
  useLecture.setState({ presenter: on });
  if (on && !document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
  if (!on && document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

export const togglePresenter = () => setPresenter(!useLecture.getState().presenter);

// Leaving full screen by the browser's own Esc also leaves the presenter view.
let wasFullscreen = false;
document.addEventListener('fullscreenchange', () => {
  const now = document.fullscreenElement !== null;
  if (wasFullscreen && !now && useLecture.getState().presenter) useLecture.setState({ presenter: false });
  wasFullscreen = now;
});
