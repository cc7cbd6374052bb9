import { useImageLab } from '../../store/imageLabStore';
import { ImportFilesSection } from './ImportFilesSection';

const HELP =
  'Choose a tfjs layers autoencoder (model.json + .bin files) mapping an image of the loaded ' +
  'size, pixels in [0, 1], to its reconstruction. Its layer named "latent" ends the encoder E; ' +
  'the layers after it are the decoder D, whose Jacobian dD/dz at z = E(x) spans the tangent ' +
  'space used by every ρ, the on/off-manifold attacks and the slices.';

/** The import button for a user's autoencoder (the manifold estimate) and the way back. */
export function ImportAutoencoderSection() {
  const imported = useImageLab((s) => s.info?.importedAutoencoder ?? null);
  return (
    <ImportFilesSection
      kind="autoencoder"
      id="import-ae"
      label="Import autoencoder…"
      help={HELP}
      resetLabel="Use shipped autoencoder"
      resetTitle="Drop the imported autoencoder and use the shipped one again"
      checking="Checking the autoencoder on test images…"
      imported={imported !== null}
      info={
        imported && (
          <p className="muted" data-testid="import-ae-info" title={`SHA-256 ${imported.sha256}`}>
            Imported autoencoder {imported.name}, k = {imported.k}; SHA-256 {imported.sha256.slice(0, 12)}…
          </p>
        )
      }
    />
  );
}
