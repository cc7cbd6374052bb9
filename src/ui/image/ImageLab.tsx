import { useEffect } from 'react';
import { useApp } from '../../store/appStore';
import { controls } from '../../store/engineBridge';
import { AbPanel } from './AbPanel';
import { ImageLabSidebar } from './ImageLabSidebar';
import { ImageStage } from './ImageStage';
import { loadLab } from '../../store/imageLabActions';
import { useImageLab } from '../../store/imageLabStore';
import { PENDING_RUN_KEY, showPendingRun } from '../../store/imageTrainingActions';
import { restoreSceneModels } from '../../store/sceneModelsHandover';
import { TrainMetricsPanel } from './training/TrainMetricsPanel';
import { TrainSidebar } from './training/TrainSidebar';
import { TrainStage } from './training/TrainStage';

/**
 * The image lab (docs/science.md §3): MNIST-14 digits, a classifier, the autoencoder
 * manifold, attacks shown as the paper's image row and as a 3-D slice, and Experiments A+B.
 * Loaded lazily from App.tsx; the toy training is paused while it is open (one worker).
 */
export default function ImageLab() {
  const engineReady = useApp((s) => s.engineStatus === 'ready');
  const status = useImageLab((s) => s.status);
  const mode = useImageLab((s) => s.mode);
  useEffect(() => {
    if (useApp.getState().runState === 'running') controls.pause();
  }, []);
  useEffect(() => {
    if (engineReady && status === 'idle') void loadLab();
  }, [engineReady, status]);
  useEffect(() => {
    // A scene file with imported models reloads the page with them waiting for the ready lab.
    if (status === 'ready') void restoreSceneModels();
  }, [status]);
  useEffect(() => {
    // A scene file with an image-training run reloads the page with the run waiting here.
    if (engineReady && sessionStorage.getItem(PENDING_RUN_KEY)) {
      useImageLab.setState({ mode: 'train' });
      void showPendingRun();
    }
  }, [engineReady]);
  if (mode === 'train') {
    return (
      <>
        <TrainSidebar />
        <TrainStage />
        <TrainMetricsPanel />
      </>
    );
  }
  return (
    <>
      <ImageLabSidebar />
      <ImageStage />
      <AbPanel />
    </>
  );
}
