import { DatasetSelect } from './DatasetSelect';
import { DrawDigit } from './DrawDigit';
import { useImageLab } from '../../store/imageLabStore';
import { ImportAutoencoderSection } from './ImportAutoencoderSection';
import { ImportModelSection } from './ImportModelSection';
import { ThumbnailGrid } from './ThumbnailGrid';
import { ImageModeTabs } from './training/ImageModeTabs';

const pct = (v: number | null) => (v === null ? '–' : `${(100 * v).toFixed(1)} %`);

/** Data set and models (with their shipped metrics), the digit picker and the drawing pad. */
export function ImageLabSidebar() {
  const info = useImageLab((s) => s.info);
  const status = useImageLab((s) => s.status);
  const message = useImageLab((s) => s.message);
  return (
    <aside className="panel settings-panel image-sidebar" data-testid="image-sidebar">
      <ImageModeTabs />
      <h2>Data and models</h2>
      <DatasetSelect
        title="Which shipped test set (no download at run time); MNIST 28×28 is the paper's resolution (n = 784)"
        disabled={status === 'loading'}
        testId="image-dataset"
      />
      <p className="image-status" data-testid="image-status" data-state={status}>
        {status === 'loading' && (
          <>
            <span className="spinner" /> {message || 'Loading…'}
          </>
        )}
        {status === 'error' && <span className="image-error">{message}</span>}
        {status === 'ready' && info && (
          <span className="muted" title={`${info.classifierArchitecture}\n${info.autoencoderArchitecture}`}>
            {info.classifierId}: test accuracy {pct(info.testAccuracy)}
            <br />
            {info.autoencoderId}: test MSE {info.reconstructionMse?.toFixed(4) ?? '–'} (n = {info.n}, k = {info.k})
          </span>
        )}
      </p>
      <ImportModelSection />
      <ImportAutoencoderSection />
      <h2 title="The first test images; misclassified ones have a red frame">Pick a digit</h2>
      <ThumbnailGrid />
      <h2>…or draw one</h2>
      <DrawDigit />
    </aside>
  );
}
