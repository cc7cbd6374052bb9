/**
 * The claims experiments on image data, one function each, shared by the worker (Claims view)
 * and the CLI (scripts/experiments/*-mnist.ts), so both give the same numbers for the same
 * request: the same seeded subsets, the same fresh MLP (plain-JS trainer), the same PGD and
 * evaluation. Hooks only observe (progress, log lines) or yield/cancel between steps.
 */
import { adversarialTrain } from '../core/experiments/adversarialTraining';
import type { Checkpoint } from '../core/experiments/checkpoint';
import { accuracy } from '../core/experiments/evaluate';
import { runGradientAlignment, type TangentSpace } from '../core/experiments/gradientAlignment';
import { runParadox } from '../core/experiments/paradox';
import { alignmentTable, paradoxTable } from '../core/experiments/report';
import { robustnessSummary } from '../core/experiments/robustness';
import { decoderTangentProvider } from '../core/geometry/decoderTangent';
import { PAPER_RECIPE, type TrainConfig } from '../core/model/trainConfig';
import { subset, type ClaimsImages } from './claimsImageData';
import { checkImageAdv, checkImageAlign, checkImageParadox } from './claimsImageRequests';
import type {
  ImageAdvArm,
  ImageAdvOutcome,
  ImageAdvRequest,
  ImageAlignOutcome,
  ImageAlignRequest,
  ImageClaimBase,
  ImageClaimOutcomes,
  ImageClaimRequests,
  ImageClaimRun,
  ImageParadoxOutcome,
  ImageParadoxRequest,
  ImageParadoxRun,
} from './claimsImageTypes';

export interface ImageRunHooks {
  /** After every batch / attacked image / epoch (the worker yields and cancels here). */
  checkpoint?: Checkpoint;
  /** Progress: what runs now, units done of total. */
  tell?: (stage: string, done: number, total: number) => void;
  /** One line of the CLI's log (stderr). */
  log?: (line: string) => void;
}

const BOUNDS = { lo: 0, hi: 1 };
/** PGD steps of the robust-accuracy attack at evaluation (as the CLI always used). */
const EVAL_STEPS = 20;
const now = () => performance.now();

/** The fresh network's recipe: the paper's MLP trainer with the request's widths, Adam lr and batch. */
export const configOf = (r: ImageClaimBase, extra: Partial<TrainConfig> = {}): TrainConfig => ({
  ...PAPER_RECIPE,
  hidden: r.hidden,
  learningRate: r.lr,
  batchSize: r.batch,
  seed: r.seed,
  ...extra,
});

/** The training and test subsets of a request (seeds seed and seed + 1), after checking the autoencoder's k. */
function subsetsOf(data: ClaimsImages, r: ImageClaimBase, k?: number) {
  const got = data.models.autoencoderEntry.latentK;
  if (k !== undefined && got !== k) throw new Error(`the loaded autoencoder has k = ${got}, the request asks for k = ${k}`);
  return { train: subset(data.train, r.trainCount, r.seed), test: subset(data.test, r.testCount, r.seed + 1) };
}

/** Mini-batches per epoch of `count` rows (0 or >= count = full batch). */
export const batchesPerEpoch = (count: number, batch: number) => (batch > 0 && batch < count ? Math.ceil(count / batch) : 1);

/**
 * Standard and adversarial training from the same seeded init, batches and data; then each
 * arm's clean test accuracy, PGD accuracy at eps, L2 boundary distance and rho_d / rho_g
 * against the autoencoder's tangent space with the null k/n (docs/science.md §1 item 4, §3, §4).
 */
export async function advTrainingOnImages(data: ClaimsImages, req: ImageAdvRequest, hooks: ImageRunHooks = {}): Promise<ImageAdvOutcome> {
  const r = checkImageAdv(req);
  const t0 = now();
  const { train, test } = subsetsOf(data, r, r.aeK);
  const evalSet = subset(data.test, r.evalCount, r.seed + 2);
  const config = configOf(r);
  const adv = { norm: r.norm, eps: r.eps, steps: r.steps, mix: r.mix };
  const tangentOf = decoderTangentProvider(data.models.maps);
  const perEpoch = batchesPerEpoch(train.labels.length, r.batch);
  const perArm = r.epochs * perEpoch + evalSet.labels.length;
  const arms: ImageAdvArm[] = [];
  for (const [i, [name, mix]] of (
    [
      ['standard', 0],
      ['adversarial', adv.mix],
    ] as const
  ).entries()) {
    const base = i * perArm;
    let epochsDone = 0;
    const tA = now();
    const run = await adversarialTrain(
      train,
      config,
      { ...adv, mix },
      BOUNDS,
      r.epochs,
      (e) => {
        epochsDone = e.epoch;
        hooks.log?.(`${name} epoch ${e.epoch}: train acc ${e.accuracy.toFixed(3)}, attacked ${e.attacked}, fooled ${e.fooled.toFixed(2)}`);
      },
      hooks.checkpoint,
      (b) => hooks.tell?.(`${name} training, epoch ${epochsDone + 1}/${r.epochs}`, base + epochsDone * perEpoch + b, 2 * perArm),
    );
    const seconds = (now() - tA) / 1000;
    const robustness = await robustnessSummary(
      run.weights,
      evalSet,
      { norm: adv.norm, eps: adv.eps, steps: EVAL_STEPS, bounds: BOUNDS, seed: r.seed, tangent: (x) => tangentOf(x).Q },
      hooks.checkpoint,
      (d) => hooks.tell?.(`${name}: PGD, boundary distance and ρ on the test images`, base + r.epochs * perEpoch + d, 2 * perArm),
    );
    arms.push({ name, seconds, testAccuracy: accuracy(run.weights, test), robustness, history: run.history });
  }
  const table = {
    header: [
      'network',
      'clean test acc',
      `PGD ${adv.norm} acc at ${adv.eps}`,
      'median L2 boundary distance',
      `share >= ${adv.eps}`,
      'median rho_d',
      'median rho_g',
      'null k/n',
      'median support-matched null rho_d',
      'median support-matched null rho_g',
      'train s',
    ],
    rows: arms.map((a) => {
      const s = a.robustness;
      return [
        a.name,
        a.testAccuracy,
        s.robustAccuracy,
        s.medianFlipNorm,
        s.fracFlipAtLeastEps,
        s.medianRhoDelta,
        s.medianRhoGrad,
        s.nullMean,
        s.medianSupportNullDelta,
        s.medianSupportNullGrad,
        a.seconds,
      ];
    }),
  };
  return { request: r, n: train.n, autoencoderId: data.models.autoencoderEntry.id, arms, table, seconds: (now() - t0) / 1000 };
}

/**
 * The paradox with N1 = the shipped classifier: each training image pushed by targeted PGD
 * toward a wrong class (per target rule), a fresh N2 trained on them for n2Epochs epochs and
 * tested on clean test images (Ilyas et al. 2019; docs/science.md §1 item 5).
 */
export async function paradoxOnImages(
  data: ClaimsImages,
  req: ImageParadoxRequest,
  hooks: ImageRunHooks = {},
): Promise<ImageParadoxOutcome> {
  const r = checkImageParadox(req);
  const t0 = now();
  const { train, test } = subsetsOf(data, r);
  // N2: a fresh init (seed + 1) trained the full n2Epochs (no margin stop), one epoch per burst.
  const n2Config = configOf(r, { seed: r.seed + 1, marginTarget: Infinity, maxEpochs: r.n2Epochs });
  const attack = { norm: r.norm, eps: r.eps, steps: r.steps };
  const count = train.labels.length;
  const per = count + r.n2Epochs;
  const total = r.targets.length * per;
  const runs: ImageParadoxRun[] = [];
  for (const [i, target] of r.targets.entries()) {
    const tA = now();
    const opts = {
      config: n2Config,
      n2Config,
      n1: data.models.weights,
      attack,
      target,
      bounds: BOUNDS,
      seed: r.seed,
      checkpoint: hooks.checkpoint,
      chunk: 1,
    };
    const res = await runParadox(train, test, opts, (stage, done, all, s) => {
      const attacking = stage === 'attack';
      const what = attacking ? 'targeted PGD toward the wrong class' : 'training N2 on the mislabelled images';
      hooks.tell?.(`target ${target}: ${what}`, i * per + (attacking ? done : count + done), total);
      if (attacking && done % 500 !== 0 && done !== all) return;
      hooks.log?.(`${target} ${stage} ${done}/${all}${s ? ` train acc ${s.accuracy.toFixed(3)}` : ''}`);
    });
    const { n1: _n1, n2: _n2, adversarial: _a, originalLabels: _o, ...numbers } = res;
    runs.push({ target, numbers, seconds: (now() - tA) / 1000 });
  }
  const table = paradoxTable(runs.map((run) => ({ name: `target ${run.target}`, r: run.numbers })));
  return { request: r, n1Id: data.models.classifierEntry.id, runs, table, seconds: (now() - t0) / 1000 };
}

/**
 * rho_g over training of a fresh MLP at training and test images, against the autoencoder's
 * tangent space (decoder Jacobian at E(x), docs/science.md §3, §6), with the §4 null band.
 */
export async function alignmentOnImages(data: ClaimsImages, req: ImageAlignRequest, hooks: ImageRunHooks = {}): Promise<ImageAlignOutcome> {
  const r = checkImageAlign(req);
  const t0 = now();
  const { train, test } = subsetsOf(data, r, r.aeK);
  const provider = decoderTangentProvider(data.models.maps);
  const space: TangentSpace = { k: r.aeK, n: train.n, basisAt: (x) => provider(x).Q };
  hooks.tell?.('tangent spaces of the training and test images', 0, r.epochs);
  const s = await runGradientAlignment(
    train,
    test,
    space,
    configOf(r),
    { epochs: r.epochs, every: r.every },
    (p) => {
      hooks.tell?.('training and measuring ρ_g', p.epoch, r.epochs);
      hooks.log?.(
        `epoch ${p.epoch}: train acc ${p.trainAccuracy.toFixed(3)}, mean rho_g train ${p.train.mean.toFixed(4)} (${((now() - t0) / 1000).toFixed(0)} s)`,
      );
    },
    hooks.checkpoint,
  );
  return { ...s, request: r, autoencoderId: data.models.autoencoderEntry.id, table: alignmentTable(s), seconds: (now() - t0) / 1000 };
}

/** The run function of each image claim: the worker (claimsImageApi.ts) and the CLI call these. */
export const IMAGE_CLAIM_RUNS: {
  [R in ImageClaimRun]: (data: ClaimsImages, req: ImageClaimRequests[R], hooks?: ImageRunHooks) => Promise<ImageClaimOutcomes[R]>;
} = {
  advtrainImages: advTrainingOnImages,
  paradoxImages: paradoxOnImages,
  alignImages: alignmentOnImages,
};
