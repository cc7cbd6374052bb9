import { useEffect } from 'react';
import { useApp } from '../store/appStore';
import { controls } from '../store/engineBridge';
import { redoPoints, undoPoints } from '../store/pointEditing';
import { lectureKey } from './lecture/lectureStore';
import { panelsKey } from './panels/panelsStore';

/** Global shortcuts (ignored while typing in a field). */
export function useKeyboard(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
      if ((e.ctrlKey || e.metaKey) && (e.key === 'z' || e.key === 'Z')) {
        e.preventDefault();
        if (e.shiftKey) redoPoints();
        else undoPoints();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      // Lecture mode takes ← → Esc (steps, exit) and L, F; P toggles the side-by-side panels.
      if (lectureKey(e.key) || panelsKey(e.key)) {
        e.preventDefault();
        return;
      }
      const { timeline, viewingEpoch } = useApp.getState();
      switch (e.key) {
        case ' ':
          e.preventDefault();
          controls.toggle();
          break;
        case 's':
          controls.step();
          break;
        case 'r':
          controls.reset();
          break;
        case 'e':
          useApp.setState((s) => ({ mode: s.mode === 'edit' ? 'attack' : 'edit' }));
          break;
        case 'v':
          useApp.setState((s) => ({ cameraResetToken: s.cameraResetToken + 1 }));
          break;
        case '?':
          useApp.setState((s) => ({ helpOpen: !s.helpOpen }));
          break;
        case 'Escape':
          useApp.setState({ helpOpen: false });
          break;
        case 'ArrowLeft':
        case 'ArrowRight': {
          if (timeline.length === 0) return;
          const i = viewingEpoch === null ? timeline.length - 1 : timeline.findIndex((x) => x.epoch === viewingEpoch);
          const j = Math.min(timeline.length - 1, Math.max(0, i + (e.key === 'ArrowLeft' ? -1 : 1)));
          controls.scrub(timeline[j].epoch);
          break;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
