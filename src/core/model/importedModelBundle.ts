/**
 * One self-contained file for an imported classifier: the picked files (model.json and its
 * weight shards, base64) with the model's name, input shape and content hash, so loading it
 * later needs nothing else; the hash is recomputed on load and a file whose bytes changed is
 * refused.
 */
import { z } from 'zod';
import { artifactsFromFiles, type ModelArtifacts, type PickedFile } from './importedModelFiles';

export const MODEL_BUNDLE_APP = 'dimpled-manifold-lab';
export const MODEL_BUNDLE_KIND = 'imported-classifier';

const bundleSchema = z.object({
  app: z.literal(MODEL_BUNDLE_APP),
  kind: z.literal(MODEL_BUNDLE_KIND),
  version: z.literal(1),
  name: z.string(),
  inputShape: z.array(z.number().int().positive()),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  files: z.array(z.object({ name: z.string().min(1), base64: z.string() })).min(1),
});

export type ModelBundle = z.infer<typeof bundleSchema>;

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** The bundle's JSON text for an imported model's files. */
export function bundleText(files: readonly PickedFile[], meta: { name: string; inputShape: number[]; sha256: string }): string {
  const bundle: ModelBundle = {
    app: MODEL_BUNDLE_APP,
    kind: MODEL_BUNDLE_KIND,
    version: 1,
    ...meta,
    files: files.map((f) => ({ name: f.name, base64: toBase64(f.bytes) })),
  };
  return JSON.stringify(bundle);
}

/** The bundle inside `file` if it is one (null for any other file, e.g. a plain model.json). */
function bundleIn(file: PickedFile): ModelBundle | null {
  if (!file.name.toLowerCase().endsWith('.json') || file.bytes.byteLength > 200_000_000) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(file.bytes));
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object' || (raw as { kind?: unknown }).kind !== MODEL_BUNDLE_KIND) return null;
  const p = bundleSchema.safeParse(raw);
  if (!p.success)
    throw new Error(`${file.name} is a damaged model file (${p.error.issues[0]?.path.join('.') || 'root'}: ${p.error.issues[0]?.message})`);
  return p.data;
}

/**
 * The picked files as model artifacts, either a model.json with its shards or one bundle file
 * (whose hash must match); returns the files the model was made from (for a later bundle).
 */
export async function artifactsFromPicked(files: readonly PickedFile[]): Promise<{ artifacts: ModelArtifacts; files: PickedFile[] }> {
  const bundle = files.length === 1 ? bundleIn(files[0]) : null;
  if (!bundle) return { artifacts: await artifactsFromFiles(files), files: [...files] };
  let inner: PickedFile[];
  try {
    inner = bundle.files.map((f) => ({ name: f.name, bytes: fromBase64(f.base64) }));
  } catch {
    throw new Error(`${files[0].name}: the embedded weights are not valid base64`);
  }
  const artifacts = await artifactsFromFiles(inner);
  if (artifacts.sha256 !== bundle.sha256) {
    throw new Error(
      `${files[0].name}: content hash ${artifacts.sha256.slice(0, 12)}… does not match the recorded ${bundle.sha256.slice(0, 12)}… (the file was changed)`,
    );
  }
  return { artifacts, files: inner };
}
