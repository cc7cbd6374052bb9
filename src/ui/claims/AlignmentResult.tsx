import type { AlignmentSeries } from '../../core/experiments/gradientAlignment';
import { AlignmentChart } from './AlignmentChart';
import { ExportButtons } from './ExportButtons';
import { alignCsv } from './claimsExport';
import { testIdPrefix } from './ClaimPanel';
import { ClaimVerdict } from './ClaimVerdict';

/**
 * The rho_g series of a finished run (toy or images): the chart with its null band, the verdict, CSV and JSON.
 * `pixelBox`: images, where the verdict also judges ρ_g against its support-matched null (docs/science.md §4).
 */
export function AlignmentResult({
  series,
  run,
  fileStem,
  pixelBox = false,
}: {
  series: AlignmentSeries;
  run: 'align' | 'alignImages';
  fileStem: string;
  pixelBox?: boolean;
}) {
  return (
    <>
      <AlignmentChart series={series} />
      <ClaimVerdict testId={`${testIdPrefix(run)}-verdict`}>{alignVerdict(series, pixelBox)}</ClaimVerdict>
      <ExportButtons run={run} stem={fileStem} csv={{ series: () => alignCsv(series) }} json={series} />
    </>
  );
}

/** Where the last recorded mean rho_g at training points sits against the null band. */
export function alignVerdict(r: AlignmentSeries, pixelBox = false): string {
  const base = kOverNVerdict(r);
  const last = r.points[r.points.length - 1];
  const s = last.train.supportNull;
  if (!pixelBox || !Number.isFinite(s) || !Number.isFinite(last.train.mean)) return base;
  const side = last.train.mean > s ? 'above' : 'at or below';
  return `${base} On images judge it against its support-matched null (random signs on each gradient's own pixel magnitudes, so pixels the gradient leaves alone stay alone; docs/science.md §4): mean ${s.toFixed(3)}, so ρ_g is ${side} it.`;
}

function kOverNVerdict(r: AlignmentSeries): string {
  const last = r.points[r.points.length - 1];
  const v = last.train.mean;
  if (!Number.isFinite(v)) return 'The gradient vanished at every point (dead ReLUs): no ρ_g to report.';
  const where =
    v < r.nullLo
      ? 'below it, as the DMM predicts'
      : v > r.nullHi
        ? 'above it: the gradients lean toward the manifold, against what the DMM predicts'
        : 'inside it: indistinguishable from a random direction';
  return `At epoch ${last.epoch} (train accuracy ${(last.trainAccuracy * 100).toFixed(0)} %, test ${(last.testAccuracy * 100).toFixed(0)} %) the mean ρ_g at training points is ${v.toFixed(3)}. The null (chance) band of a random direction, 95 % around k/n, is [${r.nullLo.toFixed(4)}, ${r.nullHi.toFixed(4)}]; ρ_g is ${where}.`;
}
