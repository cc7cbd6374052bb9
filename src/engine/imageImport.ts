/**
 * A user's tfjs classifier in the worker's image lab: checked against the lab's data set
 * (importedModel.ts), then run on every test image before it replaces anything, so a model
 * whose logits are not finite, or that still outputs probabilities, is refused with the reason
 * and the previous classifier stays active.
 */
import { predictClass } from '../core/model/classifier';
import { importAutoencoder, type ImportedAutoencoder } from '../core/model/importedAutoencoder';
import { importClassifier, type ImportedClassifier } from '../core/model/importedModel';
import { artifactsFromPicked, checkBundleShape, modelBundle, type ModelBundle, type PickedModel } from '../core/model/importedModelBundle';
import type { PickedFile } from '../core/model/importedModelFiles';
import type { ImageLab } from './imageLab';
import type { ImageLabInfo } from './imageTypes';

export interface ImportedInLab {
  readonly classifier: ImportedClassifier;
  readonly info: ImageLabInfo;
  /** The files it was made from (model.json + shards), for the self-contained model file. */
  readonly files: PickedFile[];
}

/** Below this test accuracy the model most likely expects other pixel scaling (e.g. 0-255). */
const CHANCE_FACTOR = 2;

function checkOnTest(clf: ImportedClassifier, lab: ImageLab): { accuracy: number; warning: string | null } {
  const { test } = lab;
  const z = clf.batchLogits(test.images, test.count);
  const c = clf.outputs;
  let correct = 0,
    probabilityLike = 0;
  for (let i = 0; i < test.count; i++) {
    const row = z.subarray(i * c, (i + 1) * c);
    const bad = row.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0)
      throw new Error(`on test image ${i} the model's output ${bad} is ${row[bad]}: it must give finite logits for images in [0, 1]`);
    let sum = 0,
      inUnit = true;
    for (const v of row) {
      sum += v;
      inUnit &&= v >= 0 && v <= 1;
    }
    if (inUnit && Math.abs(sum - 1) < 1e-3) probabilityLike++;
    if (predictClass(row) === test.labels[i]) correct++;
  }
  if (probabilityLike === test.count) {
    throw new Error(
      "the model's outputs are probabilities (each in [0, 1], summing to 1 on every test image) from a softmax the importer could not find; export the model without its final softmax so it gives logits",
    );
  }
  const accuracy = correct / test.count;
  const warning =
    accuracy < CHANCE_FACTOR / test.numClasses
      ? `test accuracy ${(100 * accuracy).toFixed(1)} % is near chance: does the model expect pixels in [0, 1], ${lab.test.side}×${lab.test.side}, row-major, white digit on black?`
      : null;
  return { accuracy, warning };
}

const totalBytes = (files: readonly PickedFile[]) => files.reduce((s, f) => s + f.bytes.byteLength, 0);

/** The picked files as artifacts; a bundle's recorded input shape must fit the lab's images. */
async function pickedFor(lab: ImageLab, files: readonly PickedFile[], role: 'classifier' | 'autoencoder'): Promise<PickedModel> {
  const picked = await artifactsFromPicked(files, role);
  if (picked.bundle) checkBundleShape(picked.bundle, files[0].name, lab.test);
  return picked;
}

/** Reads, checks and evaluates an imported classifier for `lab`; throws (disposing it) on any problem. */
export async function importIntoLab(lab: ImageLab, files: readonly PickedFile[]): Promise<ImportedInLab> {
  const { artifacts, files: sources, bundle } = await pickedFor(lab, files, 'classifier');
  const clf = await importClassifier(artifacts, { n: lab.test.n, side: lab.test.side, numClasses: lab.test.numClasses });
  try {
    if (bundle) checkBundleShape(bundle, files[0].name, lab.test, clf.inputShape);
    const { accuracy, warning } = checkOnTest(clf, lab);
    const info: ImageLabInfo = {
      ...lab.info,
      classifierId: `${clf.name} (imported)`,
      classifierArchitecture: `${clf.architecture}; input [${clf.inputShape.join(', ')}]${clf.strippedSoftmax ? '; final softmax removed' : ''}`,
      testAccuracy: accuracy,
      imported: {
        name: clf.name,
        sha256: clf.sha256,
        inputShape: clf.inputShape,
        strippedSoftmax: clf.strippedSoftmax,
        bytes: totalBytes(sources),
        warning,
      },
    };
    return { classifier: clf, info, files: sources };
  } catch (e) {
    clf.dispose();
    throw e;
  }
}

/** The lab with the imported classifier in place of the shipped one (data and manifold kept). */
export function labWithImported(base: ImageLab, imported: ImportedInLab): ImageLab {
  return {
    ...base,
    classifier: imported.classifier,
    batchLogits: imported.classifier.batchLogits,
    info: { ...base.info, ...pickClassifierInfo(imported.info) },
  };
}

function pickClassifierInfo(i: ImageLabInfo): Partial<ImageLabInfo> {
  return {
    classifierId: i.classifierId,
    classifierArchitecture: i.classifierArchitecture,
    testAccuracy: i.testAccuracy,
    imported: i.imported,
  };
}

/** The imported classifier as a bundle that embeds its weights, name, input shape and hash. */
export function classifierBundle(imported: ImportedInLab): ModelBundle {
  const c = imported.classifier;
  return modelBundle(imported.files, { name: c.name, inputShape: c.inputShape, sha256: c.sha256 }, 'classifier');
}

/** The imported autoencoder as a bundle (for a scene file). */
export function autoencoderBundle(imported: ImportedAeInLab): ModelBundle {
  const a = imported.autoencoder;
  return modelBundle(imported.files, { name: a.name, inputShape: a.inputShape, sha256: a.sha256 }, 'autoencoder');
}

/** The imported classifier as one file (re-importable on its own). */
export function importedBundle(imported: ImportedInLab): { fileName: string; text: string } {
  return { fileName: `${imported.classifier.name}.dml-model.json`, text: JSON.stringify(classifierBundle(imported)) };
}

export interface ImportedAeInLab {
  readonly autoencoder: ImportedAutoencoder;
  /** The files it was made from, for a scene file. */
  readonly files: PickedFile[];
  readonly info: Pick<ImageLabInfo, 'k' | 'autoencoderId' | 'autoencoderArchitecture' | 'reconstructionMse' | 'importedAutoencoder'>;
}

/** Test images the imported autoencoder's reconstruction error is measured on. */
const AE_CHECK_IMAGES = 500;

/** Reads and checks an imported autoencoder on test images (finite reconstructions, their MSE). */
export async function importAutoencoderIntoLab(lab: ImageLab, files: readonly PickedFile[]): Promise<ImportedAeInLab> {
  const { artifacts, files: sources, bundle } = await pickedFor(lab, files, 'autoencoder');
  const { n, side } = lab.test;
  const ae = await importAutoencoder(artifacts, { n, side });
  try {
    if (bundle) checkBundleShape(bundle, files[0].name, lab.test, ae.inputShape);
    const m = Math.min(AE_CHECK_IMAGES, lab.test.count);
    const x = lab.test.images.subarray(0, m * n);
    const r = ae.reconstruct(x, m);
    let se = 0;
    for (let i = 0; i < r.length; i++) {
      if (!Number.isFinite(r[i]))
        throw new Error(`the autoencoder's reconstruction of test image ${Math.floor(i / n)} has a non-finite pixel (${r[i]})`);
      se += (r[i] - x[i]) ** 2;
    }
    return {
      autoencoder: ae,
      files: sources,
      info: {
        k: ae.k,
        autoencoderId: `${ae.name} (imported)`,
        autoencoderArchitecture: ae.architecture,
        reconstructionMse: se / r.length,
        importedAutoencoder: { name: ae.name, sha256: ae.sha256, k: ae.k, inputShape: ae.inputShape, bytes: totalBytes(sources) },
      },
    };
  } catch (e) {
    ae.dispose();
    throw e;
  }
}

/** The lab with the imported autoencoder as its manifold estimate (tangent spaces from its decoder). */
export function labWithAutoencoder(lab: ImageLab, imported: ImportedAeInLab): ImageLab {
  const { autoencoder } = imported;
  return {
    ...lab,
    tangentAt: (x) => {
      const f = autoencoder.frameAt(x);
      return { Q: f.Q, rank: f.rank };
    },
    frameAt: (x) => autoencoder.frameAt(x),
    info: { ...lab.info, ...imported.info },
  };
}
