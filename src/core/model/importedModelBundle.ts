/**
 * One self-contained file for an imported model (classifier or autoencoder): the picked files
 * (model.json and its weight shards, base64) with the model's name, input shape and content
 * hash, so loading it later needs nothing else. The same bundle is embedded in a scene file.
 * On load the shard sizes are checked first (a truncated shard is named), then the hash is
 * recomputed and a bundle whose bytes changed is refused; the recorded input shape is checked
 * against the lab's images before any tensor is made.
 */
import { z } from 'zod';
import { artifactsFromFiles, type ModelArtifacts, type PickedFile } from './importedModelFiles';

export const MODEL_BUNDLE_APP = 'dimpled-manifold-lab';
export const MODEL_BUNDLE_KINDS = { classifier: 'imported-classifier', autoencoder: 'imported-autoencoder' } as const;
export type ModelBundleRole = keyof typeof MODEL_BUNDLE_KINDS;

export const modelBundleSchema = z.object({
  app: z.literal(MODEL_BUNDLE_APP),
  kind: z.enum([MODEL_BUNDLE_KINDS.classifier, MODEL_BUNDLE_KINDS.autoencoder]),
  version: z.literal(1),
  name: z.string(),
  inputShape: z.array(z.number().int().positive()).min(1).max(4),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  files: z.array(z.object({ name: z.string().min(1), base64: z.string() })).min(1),
});

export type ModelBundle = z.infer<typeof modelBundleSchema>;

export interface BundleMeta {
  readonly name: string;
  readonly inputShape: number[];
  readonly sha256: string;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** The bundle of an imported model's files (base64 grows the bytes by 4/3). */
export function modelBundle(files: readonly PickedFile[], meta: BundleMeta, role: ModelBundleRole = 'classifier'): ModelBundle {
  return {
    app: MODEL_BUNDLE_APP,
    kind: MODEL_BUNDLE_KINDS[role],
    version: 1,
    name: meta.name,
    inputShape: [...meta.inputShape],
    sha256: meta.sha256,
    files: files.map((f) => ({ name: f.name, base64: toBase64(f.bytes) })),
  };
}

/** The bundle's JSON text for an imported model's files. */
export function bundleText(files: readonly PickedFile[], meta: BundleMeta, role: ModelBundleRole = 'classifier'): string {
  return JSON.stringify(modelBundle(files, meta, role));
}

/** Bytes a bundle of these files takes as JSON text, about: the base64 of every file. */
export function bundleSize(fileBytes: number): number {
  return 4 * Math.ceil(fileBytes / 3) + 400;
}

const roleOf = (kind: ModelBundle['kind']): ModelBundleRole => (kind === MODEL_BUNDLE_KINDS.classifier ? 'classifier' : 'autoencoder');

/** The bundle inside `file` if it is one (null for any other file, e.g. a plain model.json). */
function bundleIn(file: PickedFile): ModelBundle | null {
  if (!file.name.toLowerCase().endsWith('.json') || file.bytes.byteLength > 200_000_000) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(file.bytes));
  } catch {
    return null;
  }
  const kind = raw && typeof raw === 'object' ? (raw as { kind?: unknown }).kind : undefined;
  if (kind !== MODEL_BUNDLE_KINDS.classifier && kind !== MODEL_BUNDLE_KINDS.autoencoder) return null;
  const p = modelBundleSchema.safeParse(raw);
  if (!p.success)
    throw new Error(`${file.name} is a damaged model file (${p.error.issues[0]?.path.join('.') || 'root'}: ${p.error.issues[0]?.message})`);
  return p.data;
}

/**
 * A bundle's files and artifacts: base64 decoded, shard sizes checked, then the hash recomputed
 * and compared with the recorded one. `label` names the bundle in every message.
 */
export async function artifactsFromBundle(bundle: ModelBundle, label: string): Promise<{ artifacts: ModelArtifacts; files: PickedFile[] }> {
  let inner: PickedFile[];
  try {
    inner = bundle.files.map((f) => ({ name: f.name, bytes: fromBase64(f.base64) }));
  } catch {
    throw new Error(`${label}: the embedded weights are not valid base64`);
  }
  let artifacts: ModelArtifacts;
  try {
    artifacts = await artifactsFromFiles(inner);
  } catch (e) {
    throw new Error(`${label}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  if (artifacts.sha256 !== bundle.sha256) {
    throw new Error(
      `${label}: content hash ${artifacts.sha256.slice(0, 12)}… does not match the recorded ${bundle.sha256.slice(0, 12)}… (the file was changed)`,
    );
  }
  return { artifacts, files: inner };
}

/** What a picked model became: its artifacts, the files it was made from, and the bundle if it came in one. */
export interface PickedModel {
  readonly artifacts: ModelArtifacts;
  readonly files: PickedFile[];
  readonly bundle: ModelBundle | null;
}

/**
 * The picked files as model artifacts, either a model.json with its shards or one bundle file
 * of the `role` wanted (whose hash must match); returns the files the model was made from.
 */
export async function artifactsFromPicked(files: readonly PickedFile[], role: ModelBundleRole = 'classifier'): Promise<PickedModel> {
  const bundle = files.length === 1 ? bundleIn(files[0]) : null;
  if (!bundle) return { artifacts: await artifactsFromFiles(files), files: [...files], bundle: null };
  if (roleOf(bundle.kind) !== role)
    throw new Error(`${files[0].name} holds an imported ${roleOf(bundle.kind)}, not a${role === 'autoencoder' ? 'n' : ''} ${role}`);
  return { ...(await artifactsFromBundle(bundle, files[0].name)), bundle };
}

/**
 * Checks a bundle's recorded input shape against the lab's images (before the model is built),
 * and once built, against the model's own input shape. Throws with both shapes named.
 */
export function checkBundleShape(bundle: ModelBundle, label: string, want: { n: number; side: number }, actual?: readonly number[]): void {
  const size = bundle.inputShape.reduce((p, d) => p * d, 1);
  const shown = `[${bundle.inputShape.join(', ')}]`;
  if (size !== want.n)
    throw new Error(
      `${label} records input ${shown} = ${size} values per image, but the lab's images are ${want.side}×${want.side} = ${want.n} pixels (choose the data set it was made for)`,
    );
  if (actual && actual.join(',') !== bundle.inputShape.join(','))
    throw new Error(`${label} records input ${shown}, but its model.json takes [${actual.join(', ')}] (the file was changed)`);
}
