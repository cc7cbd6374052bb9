import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import './ui/styles.css';
import { useApp, pushNotice } from './store/appStore';
import { readUrl } from './store/urlSync';
import { bootEngine } from './store/engineBridge';
import { installTestHooks } from './testHooks';

const { settings, notices } = readUrl();
useApp.setState({ settings });
for (const n of notices) pushNotice('warning', n);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

installTestHooks();
void bootEngine();
