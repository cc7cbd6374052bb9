import { IMAGE_DATASET_IDS, IMAGE_DATASET_LABELS, type ImageDatasetId } from '../../core/datasets/mnist14';
import { loadLab } from '../../store/imageLabActions';
import { useImageLab } from '../../store/imageLabStore';

/** The Image lab's data-set menu (Attack and Train modes): choosing one loads it with its models. */
export function DatasetSelect({ title, disabled, testId }: { title: string; disabled: boolean; testId: string }) {
  const dataset = useImageLab((s) => s.dataset);
  return (
    <label className="setting" title={title}>
      <span>Data set</span>
      <select value={dataset} disabled={disabled} onChange={(e) => void loadLab(e.target.value as ImageDatasetId)} data-testid={testId}>
        {IMAGE_DATASET_IDS.map((id) => (
          <option key={id} value={id}>
            {IMAGE_DATASET_LABELS[id]}
          </option>
        ))}
      </select>
    </label>
  );
}
