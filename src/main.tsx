import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import './ui/styles.css';
import { useApp, pushNotice } from './store/appStore';
import { decodeUrlPoints, readUrl } from './store/urlSync';
import { bootEngine } from './store/engineBridge';
import { rememberedScene, takeResume } from './store/persistence';
import { installTestHooks } from './testHooks';
import { makeDataset } from './core/datasets';
import { datasetSpecOf } from './store/sceneFromSettings';

// The link is the scene: settings, edited points, camera and the lecturer's hide flags.
// A bare address reopens the scene of the last visit.
const remembered = window.location.search === '' ? rememberedScene() : null;
if (remembered) window.history.replaceState(null, '', `${window.location.pathname}?${remembered}`);
const url = readUrl();
if (remembered) pushNotice('info', 'Your last scene was restored. Share → Reset scene starts fresh.');
useApp.setState({ settings: url.settings, camera: url.camera, hidden: url.hidden });
for (const n of url.notices) pushNotice('warning', n);
if (url.pointsText) {
  try {
    const d = makeDataset(datasetSpecOf(url.settings));
    const r = decodeUrlPoints(url.pointsText, d.n, d.manifold.bounds, d.numClasses);
    if (r.set) useApp.setState({ editedPoints: r.set });
    if (r.notice) pushNotice('warning', r.notice);
  } catch {
    pushNotice('warning', 'The edited points in the link do not fit its data settings; the generated points are shown.');
  }
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

installTestHooks();
void bootEngine(takeResume());
