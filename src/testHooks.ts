import { live } from './store/liveData';
import { useApp } from './store/appStore';
import { controls, getEngine } from './store/engineBridge';
import { attackTestHandles } from './store/attackHooks';
import { useImageLab } from './store/imageLabStore';

/**
 * Read-only handles for the browser tests and the bench (`window.__lab`): the live data,
 * the store and the controls. Nothing in the app reads them.
 */
export function installTestHooks(): void {
  (window as unknown as { __lab: unknown }).__lab = { live, store: useApp, controls, engine: getEngine, attacks: attackTestHandles, image: useImageLab };
}
