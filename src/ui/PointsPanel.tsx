import { useRef } from 'react';
import { useApp, type AppState } from '../store/appStore';
import { importPoints, redoPoints, undoPoints } from '../store/pointEditing';
import { exportCsv, exportJson } from '../store/pointSetIO';
import { CLASS_COLORS } from '../scene/colormap';
import { downloadText } from './download';
import { HiddenFileInput } from './HiddenFileInput';

type ClickMode = AppState['mode'];

/** What a click on the scene does, in the order of the segmented switch. */
const CLICK_MODES: readonly { mode: ClickMode; label: string; title: string }[] = [
  { mode: 'attack', label: 'Attack', title: 'Clicking a point launches the chosen attack (E toggles)' },
  {
    mode: 'edit',
    label: 'Edit',
    title: 'Drag points along the manifold (Shift: leave it in 3-D), click the manifold to add, right-click to delete (E toggles)',
  },
];

/** Points: the click mode (attack or edit), the class for new points, undo/redo, import/export. */
export function PointsPanel() {
  const mode = useApp((s) => s.mode);
  const editClass = useApp((s) => s.editClass);
  const canUndo = useApp((s) => s.canUndo);
  const canRedo = useApp((s) => s.canRedo);
  const count = useApp((s) => s.dataset?.count ?? 0);
  const edited = useApp((s) => s.editedPoints !== null);
  const file = useRef<HTMLInputElement>(null);

  const exportAs = (kind: 'csv' | 'json') => {
    const d = useApp.getState().dataset;
    if (!d) return;
    const set = { n: d.n, points: d.points, labels: d.labels };
    downloadText(kind === 'csv' ? exportCsv(set) : exportJson(set), `points.${kind}`, kind === 'csv' ? 'text/csv' : 'application/json');
  };

  return (
    <section aria-label="Points" data-panel="points">
      <h2>
        Points ({count}
        {edited ? ', edited' : ''})
      </h2>
      <div className="segmented" role="radiogroup" aria-label="Click mode">
        {CLICK_MODES.map((m) => (
          <button
            key={m.mode}
            className={mode === m.mode ? 'active' : ''}
            onClick={() => useApp.setState({ mode: m.mode })}
            title={m.title}
            data-testid={`mode-${m.mode}`}
          >
            {m.label}
          </button>
        ))}
      </div>
      {mode === 'edit' && (
        <div className="setting" title="Class of the points you add by clicking the manifold">
          <label>New point class</label>
          <div className="class-pick">
            {[0, 1].map((c) => (
              <button
                key={c}
                className={editClass === c ? 'active' : ''}
                style={{ borderColor: CLASS_COLORS[c] }}
                onClick={() => useApp.setState({ editClass: c })}
                data-testid={`edit-class-${c}`}
              >
                <span className="dot" style={{ background: CLASS_COLORS[c] }} /> {c}
              </button>
            ))}
          </div>
        </div>
      )}
      <div className="button-row">
        <button onClick={undoPoints} disabled={!canUndo} title="Undo the last point edit (Ctrl+Z)" data-testid="undo">
          Undo
        </button>
        <button onClick={redoPoints} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)" data-testid="redo">
          Redo
        </button>
        <button
          onClick={() => file.current?.click()}
          title="Load points from a CSV (x,y[,z],label) or JSON file; a bad file changes nothing"
          data-testid="import-points"
        >
          Import
        </button>
        <button onClick={() => exportAs('csv')} title="Download the points as CSV" data-testid="export-csv">
          CSV
        </button>
        <button onClick={() => exportAs('json')} title="Download the points as JSON" data-testid="export-json">
          JSON
        </button>
      </div>
      <HiddenFileInput
        ref={file}
        accept=".csv,.json,text/csv,application/json"
        testId="import-file"
        onFiles={([f]) => void f.text().then((t) => importPoints(t, f.name))}
      />
    </section>
  );
}
