/**
 * The files of a tfjs layers model as a user picks them (model.json + its weight shards, e.g.
 * from `tensorflowjs_converter` for Keras or a PyTorch → ONNX → TF → tfjs chain), checked and
 * joined into one weight buffer before any tensor is made. Every failure names the file and
 * what is wrong, so nothing is half-loaded (tfjs layers format:
 * https://www.tensorflow.org/js/guide/save_load).
 */
import type * as tf from '@tensorflow/tfjs';
import { binaryKind } from '../binaryText';

/** One picked file: its name (no folders) and bytes. */
export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** model.json + weights resolved from the picked files. */
export interface ModelArtifacts {
  /** The model's name (its topology's name, else the JSON file's). */
  readonly name: string;
  readonly modelTopology: object;
  readonly weightSpecs: tf.io.WeightsManifestEntry[];
  /** All shards joined in manifest order. */
  readonly weightData: ArrayBuffer;
  /** Hex SHA-256 of model.json's bytes followed by the joined weights. */
  readonly sha256: string;
}

const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** Bytes of one weight entry (float32/int32: 4, bool: 1; quantised: the quantised dtype's size). */
export function weightBytes(spec: tf.io.WeightsManifestEntry): number {
  const count = spec.shape.reduce((a, b) => a * b, 1);
  const q = spec.quantization?.dtype;
  if (q) return count * (q === 'uint8' ? 1 : 2);
  if (spec.dtype === 'bool') return count;
  if (spec.dtype === 'float32' || spec.dtype === 'int32') return count * 4;
  throw new Error(`weight ${spec.name} has dtype ${spec.dtype}, which a classifier cannot use`);
}

/** The parts' bytes one after another, in a new buffer. */
function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const all = new Uint8Array(parts.reduce((s, p) => s + p.byteLength, 0));
  let o = 0;
  for (const p of parts) {
    all.set(p, o);
    o += p.byteLength;
  }
  return all;
}

async function sha256Hex(parts: Uint8Array[]): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', concatBytes(parts)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Finds model.json among `files` (the one .json), every shard its weightsManifest names (by
 * file name, folders ignored), checks each shard's size against the manifest and joins them.
 * Throws with the missing or wrong file's name.
 */
export async function artifactsFromFiles(files: readonly PickedFile[]): Promise<ModelArtifacts> {
  const jsons = files.filter((f) => f.name.toLowerCase().endsWith('.json'));
  if (jsons.length !== 1) {
    throw new Error(
      jsons.length === 0
        ? 'no model.json among the chosen files: choose the model.json and its .bin weight files together'
        : `${jsons.length} JSON files chosen (${jsons.map((f) => f.name).join(', ')}): choose one model.json with its .bin files`,
    );
  }
  const jsonFile = jsons[0];
  let doc: { modelTopology?: unknown; weightsManifest?: unknown; format?: unknown };
  const text = new TextDecoder().decode(jsonFile.bytes);
  const binary = binaryKind(text);
  if (binary)
    throw new Error(
      `${jsonFile.name} is not text (it looks like ${binary}): choose the model.json that tfjs saved (model.save) with its .bin weight files`,
    );
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error(`${jsonFile.name} is not valid JSON`);
  }
  if (
    !doc ||
    typeof doc !== 'object' ||
    !doc.modelTopology ||
    typeof doc.modelTopology !== 'object' ||
    !Array.isArray(doc.weightsManifest)
  ) {
    throw new Error(`${jsonFile.name} is not a tfjs layers model.json (modelTopology or weightsManifest missing)`);
  }
  if (doc.format === 'graph-model')
    throw new Error(`${jsonFile.name} is a tfjs graph model; convert it as a layers model (--output_format tfjs_layers_model)`);
  const byName = new Map(files.map((f) => [baseName(f.name), f]));
  const groups = doc.weightsManifest as tf.io.WeightsManifestConfig;
  const shards: Uint8Array[] = [];
  for (const g of groups) {
    const expected = g.weights.reduce((s, w) => s + weightBytes(w), 0);
    let got = 0;
    const mine: Uint8Array[] = [];
    for (const path of g.paths) {
      const f = byName.get(baseName(path));
      if (!f)
        throw new Error(
          `the weights file ${baseName(path)} named in ${jsonFile.name} was not chosen (chosen: ${files.map((x) => x.name).join(', ')})`,
        );
      mine.push(f.bytes);
      got += f.bytes.byteLength;
    }
    if (got !== expected) {
      throw new Error(
        `${g.paths.map(baseName).join(' + ')}: ${got} bytes, but ${jsonFile.name} describes ${expected} (truncated or from another model?)`,
      );
    }
    shards.push(...mine);
  }
  const joined = concatBytes(shards);
  const topo = doc.modelTopology as { config?: { name?: unknown }; model_config?: { config?: { name?: unknown } } };
  const topoName = topo.config?.name ?? topo.model_config?.config?.name;
  return {
    name: typeof topoName === 'string' && topoName ? topoName : jsonFile.name.replace(/\.json$/i, ''),
    modelTopology: doc.modelTopology as object,
    weightSpecs: groups.flatMap((g) => g.weights),
    weightData: joined.buffer,
    sha256: await sha256Hex([jsonFile.bytes, joined]),
  };
}
