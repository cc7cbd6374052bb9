import { useRef, useState, type ReactNode } from 'react';
import { importModelFiles, restoreShippedModel } from '../../store/importModelActions';
import { useImageLab } from '../../store/imageLabStore';

/** What differs between importing a classifier and importing an autoencoder. */
export interface ImportFilesProps {
  readonly kind: 'classifier' | 'autoencoder';
  /** data-testid prefix: `${id}`, `${id}-button`, `${id}-files`, `${id}-reset`, `${id}-error`, `${id}-info`. */
  readonly id: string;
  readonly label: string;
  readonly help: string;
  readonly resetLabel: string;
  readonly resetTitle: string;
  readonly checking: string;
  /** Whether an imported model is active (shows the way back and `info`). */
  readonly imported: boolean;
  readonly info: ReactNode;
  /** Further buttons while a model is imported; `report` shows an error the way an import does. */
  readonly extra?: (busy: boolean, report: (message: string) => void) => ReactNode;
}

/**
 * The import button for a user's model (model.json + .bin files, chosen together), its outcome,
 * and the way back to the shipped one. The previous model stays active on any error.
 */
export function ImportFilesSection(p: ImportFilesProps) {
  const status = useImageLab((s) => s.status);
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
    <div className="import-model" data-testid={p.id}>
      <button type="button" disabled={disabled} onClick={() => input.current?.click()} title={p.help} data-testid={`${p.id}-button`}>
        {p.label}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".json,.bin"
        hidden
        data-testid={`${p.id}-files`}
        onChange={(e) => {
          const files = e.target.files ? Array.from(e.target.files) : [];
          e.target.value = '';
          if (files.length) void run(() => importModelFiles(p.kind, files));
        }}
      />
      {p.imported && p.extra?.(busy, setError)}
      {p.imported && (
        <button
          type="button"
          disabled={disabled}
          onClick={() => void run(() => restoreShippedModel(p.kind))}
          data-testid={`${p.id}-reset`}
          title={p.resetTitle}
        >
          {p.resetLabel}
        </button>
      )}
      {busy && (
        <p className="muted">
          <span className="spinner" /> {p.checking}
        </p>
      )}
      {error && (
        <p className="image-error" role="alert" data-testid={`${p.id}-error`}>
          Not imported: {error}. The previous {p.kind} is still active.
        </p>
      )}
      {p.imported && p.info}
    </div>
  );
}
