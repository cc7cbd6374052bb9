import { useEffect } from 'react';
import type { SettingName } from '../../../store/settings';
import { useApp } from '../../../store/appStore';
import { useImageTraining } from '../../../store/imageTraining';
import { pauseImages, resetImages, retargetSlice, trainImages } from '../../../store/imageTrainingActions';
import { SettingControl } from '../../SettingControl';
import { useImageLab } from '../../../store/imageLabStore';

const RUN_SETTINGS: SettingName[] = ['imgModel', 'imgOptimizer', 'imgLr', 'imgBatch', 'imgEpochs', 'imgInit', 'imgWd', 'imgSeed'];
const SLICE_SETTINGS: SettingName[] = ['imgDigit', 'imgExtent'];

/** Settings, Train / Pause / Reset, the progress bar, epoch counter and backend of the image run. */
export function TrainControls() {
  const st = useImageTraining();
  const dataset = useImageLab((s) => s.dataset);
  const k = useImageLab((s) => s.k);
  const labReady = useImageLab((s) => s.status === 'ready');
  const epochs = useApp((s) => s.settings.imgEpochs);
  const digit = useApp((s) => s.settings.imgDigit);
  const extent = useApp((s) => s.settings.imgExtent);
  useEffect(() => {
    void retargetSlice();
  }, [digit, extent]);
  const busy = st.status === 'running' || st.status === 'creating';
  const { step, stepsPerEpoch, phase } = st.progress;
  const frac = stepsPerEpoch ? Math.min(1, (st.epoch + step / stepsPerEpoch) / Math.max(1, epochs)) : 0;
  return (
    <section className="train-controls" data-testid="train-controls">
      <h2>Network and training</h2>
      {RUN_SETTINGS.map((n) => (
        <SettingControl key={n} name={n} />
      ))}
      <div className="transport train-transport">
        <button
          className="primary"
          onClick={() => void trainImages(dataset, k)}
          disabled={busy || !labReady}
          title="Train from scratch (seeded), or go on to the Epochs setting; the data set and k are the lab's"
          data-testid="train-start"
        >
          ▶ Train
        </button>
        <button onClick={pauseImages} disabled={st.status !== 'running'} title="Pause after the current step" data-testid="train-pause">
          ❚❚ Pause
        </button>
        <button
          onClick={() => void resetImages()}
          disabled={st.status === 'idle'}
          title="Cancel the run and forget it"
          data-testid="train-reset"
        >
          ⟲ Reset
        </button>
      </div>
      <div className="train-progress" title="Progress over all epochs of the run">
        <progress value={frac} max={1} data-testid="train-progress" />
        <span data-testid="train-epoch">
          epoch {st.epoch} / {epochs}
          {st.status === 'running' && (phase === 'metrics' ? ' · measuring' : ` · step ${step} / ${stepsPerEpoch}`)}
        </span>
      </div>
      <p className="train-status" data-testid="train-status" data-state={st.status}>
        {st.status === 'creating' && (
          <>
            <span className="spinner" /> {st.message}
          </>
        )}
        {st.status === 'error' && <span className="image-error">{st.message}</span>}
        {st.info && (
          <span className="muted">
            backend{' '}
            <b data-testid="train-backend" title={`Why: ${st.info.backendReason}`}>
              {st.info.backend}
            </b>{' '}
            · {st.info.architecture} · {st.info.trainCount} training images, {st.info.stepsPerEpoch} steps an epoch
            {st.inLab && (
              <>
                <br />
                In the lab now: {st.inLab}
              </>
            )}
          </span>
        )}
      </p>
      <h2>Slice</h2>
      {SLICE_SETTINGS.map((n) => (
        <SettingControl key={n} name={n} />
      ))}
      {st.info && (
        <p
          className="muted train-probe"
          data-testid="train-probe"
          title="The probe digits are a fixed seeded draw from the test split; every quantity is taken against the network's current prediction at the digit"
        >
          Probe (seed {st.info.probe.probeSeed}): ρ_g on {st.info.probe.gradientCount} test digits, flip-norm attacks on up to{' '}
          {st.info.probe.attackCount} of them; the cadence in force and the measured metric time are under the readout. Loss and accuracy on{' '}
          {st.info.probe.evalCount} fixed training and test digits. Manifold: autoencoder k = {st.info.probe.k}, null k/n ={' '}
          {st.info.probe.nullMean.toFixed(3)} (95 % {st.info.probe.nullLo.toFixed(3)}–{st.info.probe.nullHi.toFixed(3)}); each ρ also has
          its support-matched null.
        </p>
      )}
    </section>
  );
}
