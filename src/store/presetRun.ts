import { makeDataset } from '../core/datasets';
import { JsTrainer } from '../core/model/jsTrainer';
import { mlpClassifier } from '../core/model/jsMlp';
import { marginRuleMet } from '../core/model/trainer';
import { predictClass } from '../core/model/classifier';
import type { MlpWeights } from '../core/model/mlpWeights';
import { computeMetrics } from '../core/geometry/snapshotMetrics';
import { presetById } from './presets';
import { datasetSpecOf, trainConfigOf } from './sceneFromSettings';
import { defaultSettings, type Settings } from './settings';

/** Where the boundary is at one epoch, in terms a sentence about the picture can use. */
export interface BoundaryShape {
  /** Clinging C (docs/science.md §6); 0.5 is the cap: no crossing within the view box. */
  clinging: number;
  /** Share of class-1 predictions on the view box's faces (2-D: its edges). 0 or 1: the boundary is closed inside the box, around the other class. */
  faceShareClass1: number;
  /** 3-D only: both classes occur on the box floor (z = lo), i.e. the surface reaches down to it. */
  reachesFloor: boolean;
  /** Median and smallest |D_i| over the training points (docs/science.md §6 dimple depth). */
  medianAbsDimple: number;
  minAbsDimple: number;
}

export interface PresetRunFacts {
  /** Epoch the paper's stop rule ended the run (every margin > target), or null if not by maxEpochs. */
  convergedAt: number | null;
  /** The boundary at each requested epoch (only epochs the run reached) and at the end ('end'). */
  shapes: Record<string, BoundaryShape>;
}

const FACE_STEPS = 11;

/** Class-1 share on the box faces and whether the 3-D boundary reaches the floor. */
export function boundaryShape(w: MlpWeights, settings: Settings): Pick<BoundaryShape, 'faceShareClass1' | 'reachesFloor'> {
  const d = makeDataset(datasetSpecOf(settings));
  const { lo, hi } = d.manifold.bounds;
  const clf = mlpClassifier(w, d.numClasses);
  const at = (i: number, t: number) => lo[i] + ((hi[i] - lo[i]) * t) / (FACE_STEPS - 1);
  let ones = 0;
  let total = 0;
  const floor = new Set<number>();
  const n = d.n;
  for (let axis = 0; axis < n; axis++) {
    for (const side of [0, FACE_STEPS - 1]) {
      for (let a = 0; a < FACE_STEPS; a++) {
        for (let b = 0; b < (n === 3 ? FACE_STEPS : 1); b++) {
          const others = [0, 1, 2].slice(0, n).filter((k) => k !== axis);
          const x = new Float64Array(n);
          x[axis] = at(axis, side);
          x[others[0]] = at(others[0], a);
          if (n === 3) x[others[1]] = at(others[1], b);
          const c = predictClass(clf.logits(x));
          ones += c;
          total++;
          if (n === 3 && axis === 2 && side === 0) floor.add(c);
        }
      }
    }
  }
  return { faceShareClass1: ones / total, reachesFloor: floor.size > 1 };
}

/**
 * Train a preset as the app does (plain-JS trainer, the preset's seed, the stop rule checked
 * every epoch) and describe its boundary at `epochs` and at the end. For the measured tables
 * beside the presets and the test that keeps them true.
 */
export async function measurePresetRun(presetId: string, epochs: readonly number[], seed = 1): Promise<PresetRunFacts> {
  const preset = presetById(presetId);
  if (!preset) throw new Error(`unknown preset ${presetId}`);
  const settings = { ...defaultSettings(), ...preset.settings, preset: preset.id, seed } as Settings;
  const d = makeDataset(datasetSpecOf(settings));
  const config = trainConfigOf(settings);
  const scene = { spec: d.spec, points: d.points, labels: d.labels, numClasses: d.numClasses };
  const t = new JsTrainer(d.points, d.labels, d.n, d.numClasses, config);
  const shapes: Record<string, BoundaryShape> = {};
  const describe = async () => {
    const w = await t.exportWeights();
    const m = computeMetrics(w, d.manifold, scene);
    const abs = Array.from(m.dimples, Math.abs).sort((a, b) => a - b);
    return { clinging: m.clinging, ...boundaryShape(w, settings), medianAbsDimple: abs[Math.floor(abs.length / 2)], minAbsDimple: abs[0] };
  };
  let convergedAt: number | null = null;
  for (const e of [...epochs].sort((a, b) => a - b)) {
    if (convergedAt === null && e > t.epoch) {
      const s = await t.train(e - t.epoch, config.marginTarget);
      if (marginRuleMet(s, config.marginTarget)) convergedAt = t.epoch;
    }
    if (t.epoch === e) shapes[String(e)] = await describe();
  }
  while (convergedAt === null && t.epoch < config.maxEpochs) {
    const s = await t.train(Math.min(100, config.maxEpochs - t.epoch), config.marginTarget);
    if (marginRuleMet(s, config.marginTarget)) convergedAt = t.epoch;
  }
  shapes.end = await describe();
  t.dispose();
  return { convergedAt, shapes };
}
