import { lazy, Suspense, useEffect, useRef } from 'react';
import { useApp } from '../store/appStore';
import { Viewport } from '../scene/Viewport';
import { SettingsPanel } from './SettingsPanel';
import { ChartsPanel } from './ChartsPanel';
import { TransportControls } from './TransportControls';
import { PresetPicker } from './PresetPicker';
import { TimelineBar } from './TimelineBar';
import { Notices } from './Notices';
import { HelpOverlay } from './HelpOverlay';
import { useKeyboard } from './useKeyboard';
import { ShareMenu } from './ShareMenu';
import { AttackReadout } from './attack/AttackReadout';
import { AttackAside } from './attack/AttackAside';
import { useView, ViewTabs } from './image/ViewTabs';
import { PanelsButton, PanelsDrawer } from './panels/PanelsDrawer';
import { LectureButton } from './lecture/LectureButton';
import { LecturePanel } from './lecture/LecturePanel';
import { useLecture } from './lecture/lectureStore';
import { LECTURE_STEPS } from './lecture/lectureSteps';
import { LectureAside } from './lecture/LectureAside';
import { ThumbnailRenderer } from '../scene/ThumbnailRenderer';

const ImageLab = lazy(() => import('./image/ImageLab'));
const ClaimsView = lazy(() => import('./claims/ClaimsView'));

export function App() {
  useKeyboard();
  const status = useApp((s) => s.engineStatus);
  const hidden = useApp((s) => s.hidden);
  const [view, setView] = useView();
  const toys = view === 'toys';
  const lecture = useLecture((s) => s.active);
  const presenter = useLecture((s) => s.presenter);
  // Each lecture step opens the tab it speaks of (the toys, or the Claims experiments).
  const lectureView = useLecture((s) => (s.active ? (LECTURE_STEPS[s.step].view ?? 'toys') : null));
  useEffect(() => {
    if (lectureView) setView(lectureView); // on entering a step only: the tabs stay free in between
  }, [lectureView, setView]);
  const shown = (id: string) => !hidden.includes(id);
  const stage = useRef<HTMLElement>(null);
  const stageSize = useRef<{ width: number; height: number } | undefined>(undefined);
  useEffect(() => {
    const el = stage.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      if (el.className === 'stage') stageSize.current = { width: el.clientWidth, height: el.clientHeight };
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      className={`${toys ? 'app' : view === 'claims' ? 'app app-claims' : 'app app-image'}${lecture ? ' lecture' : ''}${presenter ? ' presenter' : ''}${toys && !lecture && !shown('charts') && !shown('attack') ? ' no-aside' : ''}`}
      data-engine={status}
    >
      <header className="topbar">
        <h1 title="Shamir, Melamed & BenShmuel (2021): The Dimpled Manifold Model of Adversarial Examples">Dimpled Manifold Lab</h1>
        <ViewTabs view={view} onChange={setView} />
        {toys && shown('presets') && <PresetPicker />}
        {toys && shown('transport') && <TransportControls />}
        <div className="topbar-right">
          <ShareMenu />
          {/* The toys' camera only: the other tabs have no view it could reset. */}
          {toys && (
            <button
              onClick={() => useApp.setState((s) => ({ cameraResetToken: s.cameraResetToken + 1 }))}
              title="Reset the camera (V)"
              data-testid="reset-view"
            >
              Reset view
            </button>
          )}
          {shown('help') && (
            <button onClick={() => useApp.setState({ helpOpen: true })} title="Help and keyboard shortcuts (?)" data-testid="help">
              ? Help
            </button>
          )}
        </div>
      </header>
      {toys && (lecture ? <LecturePanel /> : <SettingsPanel />)}
      {/* Kept mounted on the other tabs, parked off-screen at its last size: a remount made a new
          WebGL context and compiled its shaders again (hundreds of ms on software GL), and a
          resize stalls until the GPU has caught up. */}
      <main ref={stage} className={toys ? 'stage' : 'stage-parked'} style={toys ? undefined : stageSize.current} aria-hidden={!toys}>
        <Viewport />
        {toys && status !== 'ready' && status !== 'failed' && (
          <div className="stage-status" role="progressbar" aria-label="Starting the engine">
            <div className="spinner" /> {status === 'choosing-backend' ? 'Measuring the backends…' : 'Starting the engine…'}
          </div>
        )}
        {/* One column in the view's top-left corner: the notices above the attack readout, never over it. */}
        {toys && (
          <div className="stage-overlays">
            <Notices scope="toys" corner />
            <AttackReadout />
          </div>
        )}
      </main>
      {toys && (
        <>
          {lecture ? <LectureAside /> : shown('charts') ? <ChartsPanel /> : shown('attack') && <AttackAside />}
          <footer className="footer">
            {shown('panels') && <PanelsDrawer />}
            <div className="footer-row">
              {shown('panels') && <PanelsButton />}
              {shown('lecture') && <LectureButton />}
              {shown('timeline') && <TimelineBar />}
            </div>
          </footer>
        </>
      )}
      {!toys &&
        (view === 'claims' ? (
          <Suspense fallback={<main className="stage viewport-empty">Loading the claims view…</main>}>
            {lecture && <LecturePanel />}
            <ClaimsView />
            <Notices scope="claims" floating />
          </Suspense>
        ) : (
          <Suspense fallback={<main className="stage viewport-empty">Loading the image lab…</main>}>
            <ImageLab />
          </Suspense>
        ))}
      <HelpOverlay />
      <ThumbnailRenderer />
    </div>
  );
}
