import { TIMELINE_EARLY_EPOCHS, TIMELINE_EVERY } from '../core/timelinePolicy';
import { useApp } from '../store/appStore';
import { KEY_BINDINGS, type KeyBinding } from './keyBindings';
import { TrainingHelp } from './image/training/TrainingHelp';

const close = () => useApp.setState({ helpOpen: false });

/** What the views and metrics mean, and the keyboard shortcuts. */
export function HelpOverlay() {
  const open = useApp((s) => s.helpOpen);
  if (!open) return null;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Help" onClick={close} data-testid="help-overlay">
      <div className="overlay-card" onClick={(e) => e.stopPropagation()}>
        <h2>Dimpled Manifold Lab</h2>
        <p>
          Shamir, Melamed and BenShmuel (2021) argue that training first moves the decision boundary onto the data manifold (<b>clinging</b>
          ) and then bends it into shallow bulges around each training point (<b>dimpling</b>). The shortest way across such a boundary is
          then almost perpendicular to the manifold, which would explain tiny, noise-like adversarial perturbations. This lab lets you watch
          it happen and measure it.
        </p>
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
          <li>Drag to orbit, scroll to zoom, right-drag to pan. The grid is coarser while training and finer when paused.</li>
        </ul>
        <h3>The measurements</h3>
        <ul>
          <li>
            <b>C(t), clinging</b>: mean normal distance from a grid on M to the boundary, capped at 0.5 (no crossing counts as the cap). It
            should fall quickly, then stay small.
          </li>
          <li>
            <b>D_i, dimple depths</b>: signed normal distance from each training point to the boundary; positive = correct side.
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
            <b>Panels → Epoch panels</b>: the paper figure's snapshots next to each other (2-D: init, 10, 20, 30, 100; 3-D: init, 10, 30,
            100, 200), with C and accuracy; click one to show it large. If the run stopped before a panel's epoch, that panel shows the
            stopped state, labelled with its epoch.
          </li>
          <li>
            <b>Panels → Init &amp; weight-decay ablation</b>: the current data trained from the same seed with standard init, init ÷ 3,
            weight decay 10⁻³ and both; a larger final C means less clinging (Melamed et al. 2023).
          </li>
          <li>
            <b>Lecture</b>: a guided walk through the paper's four puzzles, each with its main critique and what the app measures. Each step
            opens what it speaks of (the epoch panels, an attack, the Claims experiments, the ablation). <i>Presenter view</i> gives large,
            high-contrast text laid out for 1280×720 and asks the browser for full screen (if it refuses: F11).
          </li>
        </ul>
        <TrainingHelp />
        <h3>Keyboard</h3>
        <ul className="keys" data-testid="help-keys">
          {KEY_BINDINGS.filter((b) => !b.context).map(keyItem)}
        </ul>
        <h3>Keyboard in the lecture</h3>
        <ul className="keys" data-testid="help-keys-lecture">
          {KEY_BINDINGS.filter((b) => b.context === 'lecture').map(keyItem)}
        </ul>
        <h3>Backends</h3>
        <p>
          Training runs in a web worker, with TensorFlow.js (webgpu, webgl, wasm, cpu) or a plain-JS trainer for the small toy nets (js).
          <i>Auto</i> uses WebGPU on a hardware GPU; otherwise it times the paper's training step on wasm, cpu, js and (when it is
          hardware-rendered) WebGL, and takes the fastest. Force one in the Backend panel or with <code>?backend=wasm</code> in the URL. If
          a GPU backend fails mid-run, the engine restarts on a CPU backend and resumes from the last weights.
        </p>
        <button onClick={close} data-testid="help-close">
          Close
        </button>
      </div>
    </div>
  );
}

function keyItem(b: KeyBinding) {
  return (
    <li key={`${b.label.join('+')} ${b.help}`}>
      {b.label.map((k, i) => (
        <span key={i}>
          {i > 0 && (b.ctrl ? '+' : ' ')}
          <kbd>{k}</kbd>
        </span>
      ))}{' '}
      {b.help}
    </li>
  );
}
