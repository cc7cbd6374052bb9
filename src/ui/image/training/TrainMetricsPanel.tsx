import { TrainingCharts } from './TrainingCharts';
import { TrainReadout } from './TrainReadout';
import { TRAINING_VERDICT } from './trainingVerdict';

/** Train mode's right column: the numbers now, the charts over epochs, and what they showed when measured. */
export function TrainMetricsPanel() {
  return (
    <aside className="panel image-ab train-metrics" data-testid="train-metrics">
      <h2 title="docs/science.md §3–4: the DMM's quantities on a fixed probe of test digits, every epoch">DMM metrics over training</h2>
      <TrainReadout />
      <TrainingCharts />
      <details className="train-verdict">
        <summary>What this showed when measured (MNIST-14, seeds 1–3)</summary>
        <p>{TRAINING_VERDICT}</p>
      </details>
    </aside>
  );
}
