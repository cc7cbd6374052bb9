import { useImageLab } from '../../store/imageLabStore';
import { ImportFilesSection } from './ImportFilesSection';

/** The import button for a user's autoencoder (the manifold estimate) and the way back. */
export function ImportAutoencoderSection() {
  const imported = useImageLab((s) => s.info?.importedAutoencoder ?? null);
  return (
    <ImportFilesSection
      kind="autoencoder"
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
