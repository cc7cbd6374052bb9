import { useRef, useState, type ReactNode } from 'react';
import { importModelFiles, restoreShippedModel } from '../../store/importModelActions';
import { useImageLab } from '../../store/imageLabStore';
import { IMPORT_TEXTS, type ImportKind } from './importTexts';

/** What differs between importing a classifier and importing an autoencoder, besides the texts of IMPORT_TEXTS. */
export interface ImportFilesProps {
  readonly kind: ImportKind;
  /** The imported model's SHA-256 while one is active (shows the way back and the summary), else null. */
  readonly sha256: string | null;
  /** What the imported model is (name, shapes), before its SHA-256 in the summary line. */
  readonly children: ReactNode;
  /** A caution about the imported model, shown under its summary. */
  readonly warning?: string | null;
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
  const t = IMPORT_TEXTS[p.kind];
  const imported = p.sha256 !== null;

  const run = async (f: () => Promise<string | null>) => {
    setBusy(true);
    setError(await f());
    setBusy(false);
  };

  return (
    <div className="import-model" data-testid={t.id}>
      <button type="button" disabled={disabled} onClick={() => input.current?.click()} title={t.help} data-testid={`${t.id}-button`}>
        {t.label}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".json,.bin"
        hidden
        data-testid={`${t.id}-files`}
        onChange={(e) => {
          const files = e.target.files ? Array.from(e.target.files) : [];
          e.target.value = '';
          if (files.length) void run(() => importModelFiles(p.kind, files));
        }}
      />
      {imported && p.extra?.(busy, setError)}
      {imported && (
        <button
          type="button"
          disabled={disabled}
          onClick={() => void run(() => restoreShippedModel(p.kind))}
          data-testid={`${t.id}-reset`}
          title={t.resetTitle}
        >
          {t.resetLabel}
        </button>
      )}
      {busy && (
        <p className="muted">
          <span className="spinner" /> {t.checking}
        </p>
      )}
      {error && (
        <p className="image-error" role="alert" data-testid={`${t.id}-error`}>
          Not imported: {error}. The previous {p.kind} is still active.
        </p>
      )}
      {p.sha256 !== null && (
        <p className="muted" data-testid={`${t.id}-info`} title={`SHA-256 ${p.sha256}`}>
          {p.children}; SHA-256 {p.sha256.slice(0, 12)}…
          {p.warning && (
            <>
              <br />
              <span className="image-error">{p.warning}</span>
            </>
          )}
        </p>
      )}
    </div>
  );
}
