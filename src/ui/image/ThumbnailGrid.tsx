import { useMemo } from 'react';
import { ImageCanvas } from './ImageCanvas';
import { selectImage } from '../../store/imageLabActions';
import { firstCorrectIndex, useImageLab } from '../../store/imageLabStore';

/** The first test images; a click attacks that digit. Misclassified ones are outlined. */
export function ThumbnailGrid() {
  const thumbs = useImageLab((s) => s.thumbs);
  const selected = useImageLab((s) => s.selected);
  const images = useMemo(() => {
    if (!thumbs) return [];
    const n = thumbs.side * thumbs.side;
    return Array.from(thumbs.labels, (_, i) => Float32Array.from(thumbs.pixels.subarray(i * n, (i + 1) * n), (b) => b / 255));
  }, [thumbs]);
  if (!thumbs) return <p className="muted">Loading test images…</p>;
  const start = firstCorrectIndex(thumbs);
  return (
    <>
      <p className="muted" data-testid="thumb-start-note">
        Starts on test image {start}, the first the classifier labels correctly; red-outlined digits are misclassified, and an attack on one
        stops at once (its label is already wrong).
      </p>
      <div className="thumb-grid" data-testid="thumb-grid">
        {images.map((px, i) => {
          const wrong = thumbs.preds[i] !== thumbs.labels[i];
          return (
            <button
              key={i}
              className={`thumb${selected === i ? ' thumb-selected' : ''}${wrong ? ' thumb-wrong' : ''}`}
              onClick={() => selectImage(i)}
              title={`Test image ${i}: label ${thumbs.labels[i]}, predicted ${thumbs.preds[i]}${wrong ? ' (misclassified)' : ''}. Click to attack it.`}
              data-testid={`thumb-${i}`}
            >
              <ImageCanvas pixels={px} side={thumbs.side} size={30} />
            </button>
          );
        })}
      </div>
    </>
  );
}
