import { useImageLab } from '../../store/imageLabStore';
import { ImportFilesSection } from './ImportFilesSection';

/** The import button for a user's autoencoder (the manifold estimate) and the way back. */
export function ImportAutoencoderSection() {
  const imported = useImageLab((s) => s.info?.importedAutoencoder ?? null);
  return (
    <ImportFilesSection kind="autoencoder" sha256={imported?.sha256 ?? null}>
      {imported && `Imported autoencoder ${imported.name}, k = ${imported.k}`}
    </ImportFilesSection>
  );
}
