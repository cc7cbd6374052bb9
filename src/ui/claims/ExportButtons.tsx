import { downloadText } from '../download';

/** CSV / JSON download buttons for one result. */
export function ExportButtons({
  files,
  testId,
}: {
  files: { label: string; name: string; text: () => string; type: string; help: string }[];
  testId: string;
}) {
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
