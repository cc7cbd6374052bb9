import { dismissNotice, useApp } from '../store/appStore';
import { controls } from '../store/engineBridge';
import { saveScene } from './saveScene';

/** Messages that say what happened and what to do, with an action where one helps. */
export function Notices() {
  const notices = useApp((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.level}`} data-testid={`notice-${n.level}`}>
          <span>{n.message}</span>
          {n.action === 'restore-checkpoint' && (
            <button
              onClick={() => {
                controls.restoreCheckpoint();
                dismissNotice(n.id);
              }}
              data-testid="restore-checkpoint"
            >
              Restore checkpoint
            </button>
          )}
          {n.action === 'save-scene' && (
            <button onClick={() => { void saveScene(); dismissNotice(n.id); }} title="Download the scene and its trained weights as a file" data-testid="notice-save-scene">
              Save scene file
            </button>
          )}
          <button className="close" onClick={() => dismissNotice(n.id)} aria-label="Dismiss" title="Dismiss">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
