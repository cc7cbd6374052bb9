import { TIMELINE_EARLY_EPOCHS, TIMELINE_EVERY } from '../../core/timelinePolicy';
import { ScienceRef } from './ScienceRef';

/** The help's section on the Toys tab: the view, the measurements, the panels and the lecture, backends. */
export function ToysHelp() {
  return (
    <>
      <h3>The view</h3>
      <ul>
        <li>
          <b>Points</b>: training data, red = class 0, blue = class 1.
        </li>
        <li>
          <b>Grey translucent surface</b> (or line in 2-D): the data manifold M.
        </li>
        <li>
          <b>Coloured surface</b>: the decision boundary p = 0.5, coloured by height z with the paper's jet map clamped to [0.35, 0.65]
          (toggle in View). In 2-D: the black curve, over a red–white–blue map of p(class 1).
        </li>
        <li>
          Drag to orbit, scroll to zoom, right-drag to pan; <i>Reset view</i> (V) brings back the default camera. The grid is coarser while
          training and finer when paused.
        </li>
      </ul>
      <h3>The measurements</h3>
      <ul>
        <li>
          <b>C(t), clinging</b>: mean normal distance from a grid on M to the boundary, capped at 0.5 (no crossing counts as the cap;{' '}
          <ScienceRef section={6} />
          ). It should fall quickly, then stay small.
        </li>
        <li>
          <b>D_i, dimple depths</b>: signed normal distance from each training point to the boundary; positive = correct side. A bar at the
          cap (marked ▲) found no crossing within it: the boundary is at least that far.
        </li>
        <li>
          <b>Min margin</b>: smallest signed logit margin; training stops when it passes the stop margin (0.01 in the paper).
        </li>
        <li>
          <b>Timeline</b>: boundary snapshots at init and epochs {TIMELINE_EARLY_EPOCHS.slice(1).join(', ')}, then every {TIMELINE_EVERY};
          scrub or replay them.
        </li>
      </ul>
      <h3>Side by side, and the lecture</h3>
      <ul>
        <li>
          <b>Panels → Epoch panels</b>: the paper figure's snapshots next to each other (2-D: init, 10, 20, 30, 100; 3-D: init, 10, 30, 100,
          200), with C and accuracy; click one to show it large. If the run stopped before a panel's epoch, that panel shows the stopped
          state, labelled with its epoch.
        </li>
        <li>
          <b>Panels → Init &amp; weight-decay ablation</b>: the current data trained from the same seed with standard init, init ÷ 3, weight
          decay 10⁻³ and both; a larger final C means less clinging (Melamed et al. 2023).
        </li>
        <li>
          <b>Lecture</b>: a guided walk through the paper's four puzzles, each with its main critique and what the app measures. Each step
          opens what it speaks of (the epoch panels, an attack, the Claims experiments, the ablation). <i>Presenter view</i> gives large,
          high-contrast text laid out for 1280×720 and asks the browser for full screen (if it refuses: F11).
        </li>
      </ul>
      <h3>Backends</h3>
      <p>
        Training runs in a web worker, with TensorFlow.js (webgpu, webgl, wasm, cpu) or a plain-JS trainer for the small toy nets (js).{' '}
        <i>Auto</i> uses WebGPU on a hardware GPU; otherwise it times the paper's training step on wasm, cpu, js and (when it is
        hardware-rendered) WebGL, and takes the fastest. Force one in the Backend panel or with <code>?backend=wasm</code> in the URL. If a
        GPU backend fails mid-run, the engine restarts on a CPU backend and resumes from the last weights.
      </p>
    </>
  );
}
