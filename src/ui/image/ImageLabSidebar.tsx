import { DrawDigit } from './DrawDigit';
import { ImageSidebar } from './ImageSidebar';
import { useImageLab } from '../../store/imageLabStore';
import { ImportAutoencoderSection } from './ImportAutoencoderSection';
import { ImportModelSection } from './ImportModelSection';
import { ThumbnailGrid } from './ThumbnailGrid';

const pct = (v: number | null) => (v === null ? '–' : `${(100 * v).toFixed(1)} %`);

/** Data set and models (with their shipped metrics), the digit picker and the drawing pad. */
export function ImageLabSidebar() {
  const info = useImageLab((s) => s.info);
  const status = useImageLab((s) => s.status);
  const message = useImageLab((s) => s.message);
  return (
    <ImageSidebar mode="attack" datasetDisabled={status === 'loading'}>
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
    </ImageSidebar>
  );
}
