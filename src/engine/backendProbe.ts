import { TfTrainer } from '../core/model/tfTrainer';
import { PAPER_RECIPE } from '../core/model/trainConfig';

/**
 * Milliseconds per training step of the paper's 3-D recipe (3-400-1, 25 points, full-batch
 * Adam) on the active backend: the workload the backend is chosen for.
 */
export async function timeTrainingStep(steps = 12): Promise<number> {
  const pts: number[] = [];
  const labels: number[] = [];
  for (let i = 0; i < 5; i++)
    for (let j = 0; j < 5; j++) {
      pts.push(i / 4, j / 4, 0.5);
      labels.push((i + j) % 2);
    }
  const t = new TfTrainer(Float32Array.from(pts), Int32Array.from(labels), 3, 2, PAPER_RECIPE);
  try {
    await t.readStats(t.trainEpochs(3)); // warm-up: shader compilation, optimizer slots
    const t0 = performance.now();
    await t.readStats(t.trainEpochs(steps));
    return (performance.now() - t0) / steps;
  } finally {
    t.dispose();
  }
}
