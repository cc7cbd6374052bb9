import { importedModelFile } from '../../store/importModelActions';
import { downloadText } from '../download';
import { useImageLab } from '../../store/imageLabStore';
import { ImportFilesSection } from './ImportFilesSection';

/** The import button for a user's classifier, its outcome, and the way back to the shipped one. */
export function ImportModelSection() {
  const imported = useImageLab((s) => s.info?.imported ?? null);
  return (
    <ImportFilesSection
      kind="classifier"
      sha256={imported?.sha256 ?? null}
      warning={imported?.warning}
      extra={(busy, report) => (
        <button
          type="button"
          disabled={busy}
          data-testid="import-model-save"
          title="Save the imported model as one file (weights, name, input shape and SHA-256) that imports on its own"
          onClick={() =>
            void importedModelFile().then(
              (f) => downloadText(f.text, f.fileName, 'application/json'),
              (e) => report(String(e instanceof Error ? e.message : e)),
            )
          }
        >
          Save model file
        </button>
      )}
    >
      {imported && (
        <>
          Imported {imported.name}, input [{imported.inputShape.join(', ')}]{imported.strippedSoftmax ? ', final softmax removed' : ''}
        </>
      )}
    </ImportFilesSection>
  );
}
