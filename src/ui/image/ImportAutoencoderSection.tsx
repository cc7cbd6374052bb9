import { useRef, useState } from 'react';
import { importModelFiles, restoreShippedModel } from '../../store/importModelActions';
import { useImageLab } from '../../store/imageLabStore';

const HELP =
  'Choose a tfjs layers autoencoder (model.json + .bin files) mapping an image of the loaded ' +
  'size, pixels in [0, 1], to its reconstruction. Its layer named "latent" ends the encoder E; ' +
  'the layers after it are the decoder D, whose Jacobian dD/dz at z = E(x) spans the tangent ' +
  'space used by every ρ, the on/off-manifold attacks and the slices.';

/** The import button for a user's autoencoder (the manifold estimate) and the way back. */
export function ImportAutoencoderSection() {
  const status = useImageLab((s) => s.status);
  const imported = useImageLab((s) => s.info?.importedAutoencoder ?? null);
  const busyElsewhere = useImageLab((s) => s.ab.running || s.attackBusy);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const disabled = status !== 'ready' || busy || busyElsewhere;

  const run = async (f: () => Promise<string | null>) => {
    setBusy(true);
    setError(await f());
    setBusy(false);
  };

  return (
    <div className="import-model" data-testid="import-ae">
      <button type="button" disabled={disabled} onClick={() => input.current?.click()} title={HELP} data-testid="import-ae-button">
        Import autoencoder…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".json,.bin"
        hidden
        data-testid="import-ae-files"
        onChange={(e) => {
          const files = e.target.files ? Array.from(e.target.files) : [];
          e.target.value = '';
          if (files.length) void run(() => importModelFiles('autoencoder', files));
        }}
      />
      {imported && (
        <button
          type="button"
          disabled={disabled}
          onClick={() => void run(() => restoreShippedModel('autoencoder'))}
          data-testid="import-ae-reset"
          title="Drop the imported autoencoder and use the shipped one again"
        >
          Use shipped autoencoder
        </button>
      )}
      {busy && (
        <p className="muted">
          <span className="spinner" /> Checking the autoencoder on test images…
        </p>
      )}
      {error && (
        <p className="image-error" role="alert" data-testid="import-ae-error">
          Not imported: {error}. The previous autoencoder is still active.
        </p>
      )}
      {imported && (
        <p className="muted" data-testid="import-ae-info" title={`SHA-256 ${imported.sha256}`}>
          Imported autoencoder {imported.name}, k = {imported.k}; SHA-256 {imported.sha256.slice(0, 12)}…
        </p>
      )}
    </div>
  );
}
