import type { Settings } from '../../store/settings';
import type { DrawerTab } from '../../store/panelsStore';
import type { View } from '../image/ViewTabs';
import { ADV_TOY_DEFAULTS as ADV, PARADOX_TOY_DEFAULTS } from '../../store/claimsStore';
import { PRESET_FACTS_SEED } from '../../store/presetFacts';
import { PLANE_DIMPLES_TEXT, PLANE_PANELS_TEXT } from './lectureFacts';

/** One step of the guided lecture: a scene to set up and a short text (docs/science.md §1, §5). */
export interface LectureStep {
  id: string;
  title: string;
  /** Applied on entering the step (a preset plus overrides); unchanged settings keep the run. */
  settings: Partial<Settings>;
  /** Start from a fresh network (same seed and data) even if the scene is already set up. */
  reset?: boolean;
  /** Start training once the scene is set up. */
  play?: boolean;
  /** Side-by-side view to open under the main view (null closes it). */
  drawer: DrawerTab | null;
  /** Run the ablation when entering (if it has no results yet). */
  runAblation?: boolean;
  /** Training point that the A key attacks in this step. */
  attackPoint?: number;
  /** Attack `attackPoint` as soon as the run has stopped (converged or at its limit). */
  attackWhenStopped?: boolean;
  /** The tab the step speaks of (default: the toys). */
  view?: View;
  /** A Claims experiment to run on entering (if it has no result yet). */
  claimsRun?: 'advtrain' | 'paradox';
  /** CSS selector of the object the step talks about; the layout keeps it on screen. */
  target: string;
  /** The model's explanation, in two or three sentences. */
  claim: string;
  /** The main critique (docs/science.md §5). */
  critique: string;
  /** What the app measures about it. */
  measures: string;
  /** What to do now, e.g. which key to press. */
  action: string;
}

/** The paper 3-D scene with the seed its quoted numbers were measured with (store/presetFacts.ts). */
const PLANE: Partial<Settings> = { preset: 'paper-plane', seed: PRESET_FACTS_SEED };

export const LECTURE_STEPS: readonly LectureStep[] = [
  {
    id: 'intro',
    title: 'The dimpled manifold model',
    settings: PLANE,
    drawer: null,
    target: '.stage canvas',
    claim:
      'Natural data lie on a low-dimensional manifold M. Training first moves the decision boundary onto M (clinging, fast), then bends it into shallow dimples around each training point (dimpling, slow). Shamir et al. (2021) say this explains four puzzles of adversarial examples.',
    critique: 'No official code was released and the figures show hand-picked toys; every claim below is a hypothesis to test, not a fact.',
    measures:
      'C(t): mean normal distance from M to the boundary (clinging). D_i: signed normal distance from each training point to the boundary (dimple depth).',
    action: 'Press → for the first puzzle. Space trains, S steps, R resets, ? shows all keys.',
  },
  {
    id: 'exist',
    title: '1. Why adversarial examples exist',
    settings: PLANE,
    reset: true,
    play: true,
    drawer: 'epochs',
    target: '[data-testid=epoch-panels]',
    claim:
      'The model says a random boundary soon falls onto M and lies along it (clinging), so every point sits a tiny distance from it and a small step off M crosses it.',
    critique:
      'Tanay & Griffin (2016): a boundary lying close to the data (boundary tilting) already explained this; clinging is not new, and Gilmer et al. (2018) find adversarial examples on the manifold itself.',
    measures: `The figure's panels (init, 10, 30, 100, 200) with C at each. ${PLANE_PANELS_TEXT}`,
    action: "Click a panel to show it large. The paper's sheet is the part of this surface near the plane.",
  },
  {
    id: 'norms',
    title: '2. Why their norms are tiny',
    settings: PLANE,
    play: true,
    drawer: null,
    attackPoint: 12,
    attackWhenStopped: true,
    target: '[data-testid=dimple-chart]',
    claim:
      'The model says: after clinging the boundary hugs M and only dimples around each point, so the way across is a dimple’s depth, far shorter than the distance between classes (0.25 here).',
    critique:
      'Small norms need no manifold story: in high dimension any small error region is close to almost every point (Gilmer et al. 2018, concentration of measure).',
    measures: `D_i per training point (the dimple bars). ${PLANE_DIMPLES_TEXT}. Once the run stops, the centre point is attacked and the readout gives its flip norm.`,
    action: 'Compare the attack’s ‖δ‖₂ at the flip with 0.25, the distance between classes. A repeats the attack.',
  },
  {
    id: 'noise',
    title: '3. Why they look like noise',
    settings: PLANE,
    drawer: null,
    attackPoint: 12,
    attackWhenStopped: true,
    target: '[data-testid=attack-readout]',
    claim:
      'The shortest way across a boundary parallel to M is perpendicular to M. Normal directions carry no meaning, so the perturbation looks like noise.',
    critique:
      'A random direction is already mostly perpendicular when k ≪ n (null: ρ ≈ k/n), so "perpendicular" alone proves little; Stutz et al. (2019) and Xiao et al. (2022) find on-manifold adversarial examples too, sometimes more successful.',
    measures:
      'Each attack is split into tangent and normal parts: ρ_δ = |P_T δ|²/|δ|² next to its null k/n (2/3 for a plane in R³; 0.04 for MNIST-14 with k = 8).',
    action:
      'The readout shows ρ_δ against its null band; on this plane in R³ the band is so wide that ρ_δ says little. A repeats the attack.',
  },
  {
    id: 'advtrain',
    title: '4. Why adversarial training deepens dimples',
    settings: PLANE,
    drawer: null,
    view: 'claims',
    claimsRun: 'advtrain',
    target: '[data-testid=claims-advtrain]',
    claim:
      'Adversarial training pushes each training point to at least ε from the boundary: the dimples deepen to about ε, while the boundary still clings to M between points.',
    critique: `Stutz et al. (2019): robustness off M says nothing about attacks along M. And on this toy clinging did not survive: with ε = ${ADV.eps} (${ADV.norm} PGD, ${ADV.epochs} epochs, seeds 1–3) the median |D_i| rose from 0.14–0.23 to 0.32–0.36, but C rose too, from 0.11–0.22 to 0.28–0.36.`,
    measures:
      "This step sets the card's data to the toy scene, trains a standard and an adversarially trained net from the same init on it, then shows both boundaries, C and the median |D_i|, and D_i per point side by side.",
    action: 'When both are trained, compare: the model predicts |D_i| grows to ε while C stays small.',
  },
  {
    id: 'mislabelled',
    title: '5. Why mislabelled training still generalises',
    settings: PLANE,
    drawer: null,
    view: 'claims',
    claimsRun: 'paradox',
    target: '[data-testid=claims-paradox]',
    claim:
      'Ilyas et al. (2019) trained a net only on adversarial images labelled with the wrong class, and it still classified clean test images well. The DMM says the new net clings to the same M and merely dimples around the points just off it.',
    critique: `Ilyas et al. (2019) explain it by non-robust but predictive features instead. On this toy it does not reproduce: N2's clean accuracy was at chance (0.48–0.52, seeds 1–3, ε = ${PARADOX_TOY_DEFAULTS.eps}).`,
    measures:
      "The step sets the card's data to the toy scene, runs the paradox (train N1, targeted PGD, train N2 on the wrong labels) and reports N2's clean accuracy against chance.",
    action: 'Ask: what would the toy need (more dimensions, more data) for the paradox to appear?',
  },
  {
    id: 'ablation',
    title: '6. Clinging depends on how you train',
    settings: PLANE,
    drawer: 'ablation',
    runAblation: true,
    target: '[data-testid=ablation]',
    claim: 'The same data and initial weights, trained with a smaller init or with weight decay, end with a boundary that clings less.',
    critique:
      'Melamed, Yehudai & Vardi (2023): for data on a subspace, 2-layer ReLU nets get large gradients orthogonal to it, and small init or L2 weight decay reduces them, so clinging is a property of the training recipe, not of learning itself.',
    measures: 'Final C of each arm side by side (paper checkerboard, seeds 1–6: 0.17 standard, 0.24 init ÷ 3, 0.24 weight decay 10⁻³).',
    action: 'Compare the four boundaries and their C; Esc leaves the lecture.',
  },
];
