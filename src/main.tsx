import './core/cspSafeZod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import './ui/styles.css';
import { pushNotice } from './store/appStore';
import { storeSceneFromLink } from './store/applyLink';
import { bootEngine } from './store/engineBridge';
import { rememberedScene, takeResume } from './store/persistence';
import { isBareAddress, linkOfQuery, parseFragment } from './store/sceneLink';
import { installTestHooks } from './testHooks';

// The link is the scene: settings, edited points, camera and the lecturer's hide flags.
// A bare address reopens the scene of the last visit.
const remembered = isBareAddress(window.location.search, window.location.hash) ? rememberedScene() : null;
if (remembered) {
  const link = linkOfQuery(remembered, parseFragment(window.location.hash).view);
  window.history.replaceState(null, '', `${window.location.pathname}${link.search}${link.hash}`);
}
storeSceneFromLink(window.location.search, window.location.hash);
if (remembered) pushNotice('info', 'Your last scene was restored. Share → Reset scene starts fresh.');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The browser tests' and the bench's handles, in a test build only (`vite build --mode test`).
if (import.meta.env.MODE === 'test') installTestHooks();
void bootEngine(takeResume());
