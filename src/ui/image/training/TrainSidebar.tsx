import { useApp } from '../../../store/appStore';
import { changeSettings } from '../../../store/engineBridge';
import { useImageTraining } from '../../../store/imageTraining';
import { ImageCanvas } from '../ImageCanvas';
import { ImageSidebar } from '../ImageSidebar';
import { loadLab } from '../../../store/imageLabActions';
import { useImageLab } from '../../../store/imageLabStore';
import { TrainControls } from './TrainControls';

/** Train mode's left column: data set and manifold, the run's controls, and the slice digit picker. */
export function TrainSidebar() {
  const dataset = useImageLab((s) => s.dataset);
  const k = useImageLab((s) => s.k);
  const info = useImageLab((s) => s.info);
  const thumbs = useImageLab((s) => s.thumbs);
  const loading = useImageLab((s) => s.status === 'loading');
  const busy = useImageTraining((s) => s.status === 'running' || s.status === 'creating');
  const digit = useApp((s) => s.settings.imgDigit);
  const n = thumbs ? thumbs.side ** 2 : 0;
  return (
    <ImageSidebar mode="train" datasetDisabled={loading || busy}>
      <label
        className="setting"
        title="Latent size k of the shipped autoencoder: the tangent space is the span of its decoder Jacobian at E(x) (docs/science.md §3). A change needs Reset."
      >
        <span>Manifold k</span>
        <select value={k} disabled={loading || busy} onChange={(e) => void loadLab(dataset, Number(e.target.value))} data-testid="train-k">
          {(info?.availableK ?? [8, 16, 32]).map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <TrainControls />
      {thumbs && (
        <>
          <h2 title="Click a digit to put the slice through it">Slice through digit</h2>
          <div className="thumb-grid">
            {Array.from(thumbs.labels.slice(0, 24), (label, i) => (
              <button
                key={i}
                className={`thumb${digit === i ? ' thumb-selected' : ''}`}
                onClick={() => void changeSettings({ imgDigit: i })}
                title={`Test digit ${i} (label ${label}): put the slice through it`}
                data-testid={`train-thumb-${i}`}
              >
                <ImageCanvas
                  pixels={Float32Array.from(thumbs.pixels.subarray(i * n, (i + 1) * n), (b) => b / 255)}
                  side={thumbs.side}
                  size={30}
                />
              </button>
            ))}
          </div>
        </>
      )}
    </ImageSidebar>
  );
}
