import * as Comlink from 'comlink';
import { makeDataset, type LabDataset } from '../core/datasets';
import { dimpleSummary } from '../core/experiments/dimpleComparison';
import { adversarialTrain } from '../core/experiments/adversarialTraining';
import { asSet } from '../core/experiments/evaluate';
import { exactTangentSpace, runGradientAlignment } from '../core/experiments/gradientAlignment';
import { heldOutDataset } from '../core/experiments/heldOut';
import { runParadox } from '../core/experiments/paradox';
import { sanitizeTrainConfig, type TrainConfig } from '../core/model/trainConfig';
import { computeBoundary } from './boundary';
import { guarded, yielder } from './claimsRuns';
import { ALIGN_RECIPE, alignmentSpec, checkAdvRequest, checkAlignRequest, checkParadoxRequest } from './claimsRequests';
import type {
  AdvTrainingOutcome,
  AdvTrainingRequest,
  AlignmentOutcome,
  AlignmentRequest,
  ArmOutcome,
  ParadoxOutcome,
  ParadoxRequest,
} from './claimsTypes';
import { currentSession } from './engineState';
import { bundledModels, dataFetcher } from './imageFiles';
import { makeClaimsImageApi } from './claimsImageApi';
import { withJob } from './jobControl';
import type { ProgressCallback } from './jobTypes';

/**
 * Worker commands for the remaining claims: adversarial training vs standard, the
 * mislabelled-data paradox, and gradient alignment over training. Each reports progress to the
 * callback its call brings, returns its result (arrays transferred), and returns null when the
 * call's AbortSignal fires. The worker spreads this object.
 */
/** Boundary grid per axis for the side-by-side panels (as the ablation panels use). */
const PANEL_RES = 40;

/** The current toy scene as a dataset (edited points included) and its training config. */
async function currentToy(): Promise<{ dataset: LabDataset; config: TrainConfig }> {
  const s = currentSession();
  if (!s) throw new Error('no toy scene is loaded yet');
  const { scene, manifold } = await s.snapshot();
  const base = makeDataset(scene.spec);
  const dataset: LabDataset = { ...base, manifold, points: scene.points, labels: scene.labels, count: scene.labels.length };
  return { dataset, config: sanitizeTrainConfig(s.trainConfig).config };
}

export const claimsApi = {
  /** The same claims on the shipped image data, files from the build's assets. */
  ...makeClaimsImageApi((dataBase) => ({ models: bundledModels, data: dataFetcher(dataBase) })),

  /** Standard and adversarial training from the same init on the current toy; D_i, C, boundaries. */
  async runAdvTrainingComparison(
    req: AdvTrainingRequest,
    progress?: ProgressCallback,
    signal?: AbortSignal,
  ): Promise<AdvTrainingOutcome | null> {
    const r = checkAdvRequest(req);
    return withJob(progress, signal, (job) =>
      guarded(async () => {
        const tell = (stage: string, done: number, total: number) => job.tell({ stage, done, total });
        const { dataset, config } = await currentToy();
        const set = asSet(dataset);
        const { bounds } = dataset.manifold;
        const adv = { norm: r.norm, eps: r.eps, steps: r.steps, mix: r.mix };
        const total = 2 * r.epochs;
        const checkpoint = yielder(job);
        const std = await adversarialTrain(
          set,
          config,
          { ...adv, mix: 0 },
          bounds,
          r.epochs,
          (e) => tell('standard', e.epoch, total),
          checkpoint,
        );
        const adt = await adversarialTrain(
          set,
          config,
          adv,
          bounds,
          r.epochs,
          (e) => tell('adversarial', r.epochs + e.epoch, total),
          checkpoint,
        );
        const transfer: Transferable[] = [];
        const arm = (run: typeof std): ArmOutcome => {
          const b = computeBoundary(run.weights, dataset.manifold, PANEL_RES);
          const summary = dimpleSummary(run.weights, dataset, r.eps);
          transfer.push(...b.transfer, summary.dimples.buffer);
          return { ...summary, history: run.history, boundary: b.event };
        };
        const out: AdvTrainingOutcome = {
          request: r,
          before: dimpleSummary(std.initial, dataset, r.eps),
          standard: arm(std),
          adversarial: arm(adt),
        };
        return Comlink.transfer(out, transfer);
      }),
    );
  },

  /** Train N1, make targeted adversarial points, train N2 only on them; test N2 on clean points. */
  async runParadox(req: ParadoxRequest, progress?: ProgressCallback, signal?: AbortSignal): Promise<ParadoxOutcome | null> {
    return withJob(progress, signal, (job) =>
      guarded(async () => {
        const tell = (stage: string, done: number, total: number) => job.tell({ stage, done, total });
        const { dataset, config } = await currentToy();
        const r = checkParadoxRequest(req, dataset.numClasses);
        const test = heldOutDataset(dataset, r.testCount);
        const cfg = { ...config, maxEpochs: r.epochs };
        const stageName = {
          n1: 'training N1',
          attack: 'targeted PGD toward the wrong class',
          n2: 'training N2 on the mislabelled points',
        } as const;
        const res = await runParadox(
          asSet(dataset),
          asSet(test),
          {
            config: cfg,
            attack: { norm: r.norm, eps: r.eps, steps: r.steps },
            target: r.target,
            bounds: dataset.manifold.bounds,
            seed: config.seed,
            checkpoint: yielder(job),
          },
          (stage, done, total) => tell(stageName[stage], done, total),
        );
        const { n1, n2, adversarial, originalLabels, ...numbers } = res;
        const b1 = dataset.n <= 3 ? computeBoundary(n1, dataset.manifold, PANEL_RES) : null;
        const b2 = dataset.n <= 3 ? computeBoundary(n2, dataset.manifold, PANEL_RES) : null;
        const out: ParadoxOutcome = {
          ...numbers,
          request: r,
          testCount: test.count,
          adversarialPoints: adversarial.points,
          adversarialLabels: adversarial.labels,
          originalLabels,
          n1Boundary: b1?.event ?? null,
          n2Boundary: b2?.event ?? null,
        };
        const transfer = [
          ...(b1?.transfer ?? []),
          ...(b2?.transfer ?? []),
          adversarial.points.buffer,
          adversarial.labels.buffer,
          originalLabels.buffer,
        ];
        return Comlink.transfer(out, transfer);
      }),
    );
  },

  /** rho_g over training on the plane-in-R^n toy against its exact tangent basis. */
  async runGradientAlignment(req: AlignmentRequest, progress?: ProgressCallback, signal?: AbortSignal): Promise<AlignmentOutcome | null> {
    const r = checkAlignRequest(req);
    return withJob(progress, signal, (job) =>
      guarded(async () => {
        const train = makeDataset(alignmentSpec(r));
        const test = heldOutDataset(train, train.count);
        const series = await runGradientAlignment(
          asSet(train),
          asSet(test),
          exactTangentSpace(train.manifold),
          ALIGN_RECIPE,
          { epochs: r.epochs, every: r.every },
          (p) => job.tell({ stage: 'training and measuring rho_g', done: p.epoch, total: r.epochs }),
          yielder(job),
        );
        return { ...series, request: r, trainCount: train.count, testCount: test.count };
      }),
    );
  },
};
