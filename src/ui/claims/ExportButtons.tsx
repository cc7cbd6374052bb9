import type { ClaimsSlot } from '../../store/claimsStore';
import { downloadText } from '../download';
import { testIdPrefix } from './ClaimPanel';
import { toJson } from './claimsExport';
import TEXT from './claimsText.json';

/** The words of a run's downloads in claimsText.json: per CSV its button label, file-name suffix and tooltip; the JSON's tooltip. */
type Downloads = typeof TEXT.downloads;
type CsvKey<R extends ClaimsSlot> = Exclude<keyof Downloads[R], 'json'>;
interface CsvWords {
  label: string;
  suffix: string;
  help: string;
}

/**
 * The download buttons of one finished claims run: its CSV tables (`${stem}${suffix}.csv`, in
 * the order given), then the whole outcome as `${stem}.json`. Test ids:
 * `${testIdPrefix(run)}-export-${label}` (label lower-cased, non-word runs as '-').
 */
export function ExportButtons<R extends ClaimsSlot>({
  run,
  stem,
  csv,
  json,
}: {
  run: R;
  stem: string;
  csv: Record<CsvKey<R>, () => string>;
  json: unknown;
}) {
  const words = TEXT.downloads[run] as unknown as Record<string, CsvWords> & { json: string };
  const files = [
    ...Object.entries<() => string>(csv).map(([key, text]) => {
      const { label, suffix, help } = words[key];
      return { label, name: `${stem}${suffix}.csv`, type: 'text/csv', text, help };
    }),
    { label: 'JSON', name: `${stem}.json`, type: 'application/json', text: () => toJson(json), help: words.json },
  ];
  const testId = `${testIdPrefix(run)}-export`;
  return (
    <div className="claims-export" data-testid={testId}>
      {files.map((f) => (
        <button
          key={f.name}
          onClick={() => downloadText(f.text(), f.name, f.type)}
          title={f.help}
          data-testid={`${testId}-${f.label.toLowerCase().replace(/\W+/g, '-')}`}
        >
          ⤓ {f.label}
        </button>
      ))}
    </div>
  );
}
