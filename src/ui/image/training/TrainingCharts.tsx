import { useCallback, useRef } from 'react';
import { useImageTraining } from '../../../store/imageTraining';
import { trainingLive, type EpochMetrics } from '../../../store/imageTrainingLive';
import { LineChart } from '../../LineChart';

type Row = EpochMetrics;
const val = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? (null as unknown as number) : v);
const col = (rows: Row[], f: (r: Row) => number | null | undefined) => rows.map((r) => val(f(r)));

interface ChartDef {
  id: string;
  title: string;
  help: string;
  series: { label: string; color: string }[];
  /** Only epochs where the attack probe ran. */
  attacks?: boolean;
  cols: (rows: Row[], nul: { mean: number; lo: number; hi: number }) => number[][];
  yRange?: [number, number];
}

const NULL_GREY = '#9e9e9e';
const CHARTS: ChartDef[] = [
  {
    id: 'loss',
    title: 'Loss (cross-entropy)',
    help: 'Mean batch loss of each epoch (train) and the loss on 1,000 fixed test digits.',
    series: [
      { label: 'train', color: '#1f77b4' },
      { label: 'test', color: '#d62728' },
    ],
    cols: (r) => [col(r, (x) => x.trainLoss), col(r, (x) => x.testLoss)],
  },
  {
    id: 'accuracy',
    title: 'Accuracy',
    help: 'On 1,000 fixed training and 1,000 fixed test digits.',
    series: [
      { label: 'train', color: '#1f77b4' },
      { label: 'test', color: '#d62728' },
    ],
    yRange: [0, 1],
    cols: (r) => [col(r, (x) => x.trainAccuracy), col(r, (x) => x.testAccuracy)],
  },
  {
    id: 'rho-grad',
    title: 'ρ_g = |P_T g|²/|g|² (gradient probe)',
    help: 'Tangent share of the margin gradient at the 64 probe digits, mean and median, against the k/n null with its 95 % band (docs/science.md §4). The DMM predicts ρ_g below the band after clinging.',
    series: [
      { label: 'mean', color: '#2ca02c' },
      { label: 'median', color: '#98df8a' },
      { label: 'null k/n', color: NULL_GREY },
      { label: 'null 2.5 %', color: '#d0d0d0' },
      { label: 'null 97.5 %', color: '#d0d0d0' },
    ],
    cols: (r, n) => [
      col(r, (x) => x.rhoGrad.mean),
      col(r, (x) => x.rhoGrad.median),
      r.map(() => n.mean),
      r.map(() => n.lo),
      r.map(() => n.hi),
    ],
  },
  {
    id: 'flip',
    title: 'L2 to flip (attack probe)',
    help: 'Early-stop PGD-L2 (bisected first flip) unconstrained, on-manifold (P_T) and off-manifold (P_N): means (dark) and medians (light), pixel units.',
    attacks: true,
    series: [
      { label: 'free mean', color: '#6a3d9a' },
      { label: 'on mean', color: '#1b7837' },
      { label: 'off mean', color: '#d95f02' },
      { label: 'free median', color: '#cab2d6' },
      { label: 'on median', color: '#a6dba0' },
      { label: 'off median', color: '#fdb863' },
    ],
    cols: (r) => [
      col(r, (x) => x.attack?.free.mean),
      col(r, (x) => x.attack?.on.mean),
      col(r, (x) => x.attack?.off.mean),
      col(r, (x) => x.attack?.free.median),
      col(r, (x) => x.attack?.on.median),
      col(r, (x) => x.attack?.off.median),
    ],
  },
  {
    id: 'ratios',
    title: 'r_on, r_off, r_on⁻² + r_off⁻²',
    help: 'Ratios of mean flip norms (as Experiments A/B). Grey: the null prediction 1/√(k/n) and 1/√(1−k/n); the consistency is 1 under local linearity.',
    attacks: true,
    series: [
      { label: 'r_on', color: '#1b7837' },
      { label: 'r_off', color: '#d95f02' },
      { label: 'consistency', color: '#555' },
      { label: 'null r_on', color: NULL_GREY },
      { label: 'null r_off', color: '#d0d0d0' },
    ],
    cols: (r, n) => [
      col(r, (x) => x.attack?.rOn),
      col(r, (x) => x.attack?.rOff),
      col(r, (x) => x.attack?.consistency),
      r.map(() => 1 / Math.sqrt(n.mean)),
      r.map(() => 1 / Math.sqrt(1 - n.mean)),
    ],
  },
  {
    id: 'rho-delta',
    title: 'ρ_δ of the unconstrained δ',
    help: 'Tangent share of the first-flip perturbation on the attack probe, mean and median, against the k/n null and its 95 % band.',
    attacks: true,
    series: [
      { label: 'mean', color: '#8c564b' },
      { label: 'median', color: '#c49c94' },
      { label: 'null k/n', color: NULL_GREY },
      { label: 'null 2.5 %', color: '#d0d0d0' },
      { label: 'null 97.5 %', color: '#d0d0d0' },
    ],
    cols: (r, n) => [
      col(r, (x) => x.attack?.rhoDelta.mean),
      col(r, (x) => x.attack?.rhoDelta.median),
      r.map(() => n.mean),
      r.map(() => n.lo),
      r.map(() => n.hi),
    ],
  },
];

function Chart({ def }: { def: ChartDef }) {
  const box = useRef<HTMLDivElement>(null);
  const read = useCallback(() => {
    const probe = useImageTraining.getState().info?.probe;
    const nul = { mean: probe?.nullMean ?? NaN, lo: probe?.nullLo ?? NaN, hi: probe?.nullHi ?? NaN };
    const rows = def.attacks ? trainingLive.records.filter((r) => r.attack) : trainingLive.records;
    if (box.current) box.current.dataset.points = String(rows.length);
    return [rows.map((r) => r.epoch), ...def.cols(rows, nul)];
  }, [def]);
  return (
    <div className="train-chart" ref={box} data-testid={`train-chart-box-${def.id}`} data-points="0">
      <LineChart
        title={def.title}
        help={def.help}
        read={read}
        series={def.series}
        yRange={def.yRange}
        testId={`train-chart-${def.id}`}
        source={trainingLive}
      />
      <ul className="chart-legend">
        {def.series.map((s) => (
          <li key={s.label}>
            <i style={{ background: s.color }} />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The run's metrics over epochs, like the toys' charts. */
export function TrainingCharts() {
  return (
    <div className="train-charts" data-testid="train-charts">
      {CHARTS.map((d) => (
        <Chart key={d.id} def={d} />
      ))}
    </div>
  );
}
