import { useRef, useState } from 'react';
import { importedModelFile, importModelFiles, restoreShippedModel } from '../../store/importModelActions';
import { downloadText } from '../download';
import { useImageLab } from '../../store/imageLabStore';

const HELP =
  'Choose a tfjs layers model: its model.json and all its .bin weight files together ' +
  '(e.g. from tensorflowjs_converter --output_format tfjs_layers_model). It must take one ' +
  'image of the loaded size with pixels in [0, 1] (shape [n], [side, side] or [side, side, 1]) ' +
  'and give one value per class; a final softmax is removed, the lab works from logits. ' +
  'A model file saved here (.dml-model.json) can be chosen on its own.';

/** The import button for a user's classifier, its outcome, and the way back to the shipped one. */
export function ImportModelSection() {
  const status = useImageLab((s) => s.status);
  const imported = useImageLab((s) => s.info?.imported ?? null);
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
    <div className="import-model" data-testid="import-model">
      <button type="button" disabled={disabled} onClick={() => input.current?.click()} title={HELP} data-testid="import-model-button">
        Import classifier…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".json,.bin"
        hidden
        data-testid="import-model-files"
        onChange={(e) => {
          const files = e.target.files ? Array.from(e.target.files) : [];
          e.target.value = '';
          if (files.length) void run(() => importModelFiles('classifier', files));
        }}
      />
      {imported && (
        <button
          type="button"
          disabled={busy}
          data-testid="import-model-save"
          title="Save the imported model as one file (weights, name, input shape and SHA-256) that imports on its own"
          onClick={() =>
            void importedModelFile().then(
              (f) => downloadText(f.text, f.fileName, 'application/json'),
              (e) => setError(String(e instanceof Error ? e.message : e)),
            )
          }
        >
          Save model file
        </button>
      )}
      {imported && (
        <button
          type="button"
          disabled={disabled}
          onClick={() => void run(() => restoreShippedModel('classifier'))}
          data-testid="import-model-reset"
          title="Drop the imported model and use the shipped classifier again"
        >
          Use shipped model
        </button>
      )}
      {busy && (
        <p className="muted">
          <span className="spinner" /> Checking the model on the test set…
        </p>
      )}
      {error && (
        <p className="image-error" role="alert" data-testid="import-model-error">
          Not imported: {error}. The previous classifier is still active.
        </p>
      )}
      {imported && (
        <p className="muted" data-testid="import-model-info" title={`SHA-256 ${imported.sha256}`}>
          Imported {imported.name}, input [{imported.inputShape.join(', ')}]{imported.strippedSoftmax ? ', final softmax removed' : ''};
          SHA-256 {imported.sha256.slice(0, 12)}…
          {imported.warning && (
            <>
              <br />
              <span className="image-error">{imported.warning}</span>
            </>
          )}
        </p>
      )}
    </div>
  );
}
