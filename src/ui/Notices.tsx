import { dismissNotice, useApp, type NoticeScope } from '../store/appStore';
import { controls } from '../store/engineBridge';
import { saveScene } from './saveScene';

/**
 * Messages that say what happened and what to do, with an action where one helps. Each view
 * shows only its own notices (and those for every view); `floating` pins them to the window's
 * bottom for views without a positioned stage; `corner` puts them, compact, in the view's top-left
 * corner (the toys' 3-D and 2-D views, whose data fill the middle and bottom).
 */
export function Notices({ scope, floating, corner }: { scope: Exclude<NoticeScope, 'all'>; floating?: boolean; corner?: boolean }) {
  const all = useApp((s) => s.notices);
  const notices = all.filter((n) => n.scope === scope || n.scope === 'all');
  if (notices.length === 0) return null;
  return (
    <div
      className={`notices${floating ? ' notices-floating' : ''}${corner ? ' notices-corner' : ''}`}
      role="status"
      aria-live="polite"
      data-testid="notices"
    >
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.level}`} data-testid={`notice-${n.level}`} data-kind={n.kind}>
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
            <button
              onClick={() => {
                void saveScene();
                dismissNotice(n.id);
              }}
              title="Download the scene and its trained weights as a file"
              data-testid="notice-save-scene"
            >
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
