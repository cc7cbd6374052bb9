import { useCallback, useRef } from 'react';
import type { NullBand } from '../../../core/experiments/trainingProbe';
import { useImageTraining } from '../../../store/imageTraining';
import { trainingLive, type EpochMetrics } from '../../../store/imageTrainingLive';
import { LineChart } from '../../LineChart';
import { LOSS_GAP_NOTE } from './lossGapNote';

type Row = EpochMetrics;
type Nul = { mean: number; lo: number; hi: number };
const val = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? (null as unknown as number) : v);

/** One line of a chart: its legend entry and the values it draws, one per row (a gap for a missing value). */
interface Series {
  label: string;
  color: string;
  dash?: number[];
  /** Left out of the legend (the second edge of a band named once). */
  unlisted?: boolean;
  values: (rows: Row[], nul: Nul) => number[];
}
/** A metric read from each epoch's row. */
const per =
  (f: (r: Row) => number | null | undefined) =>
  (rows: Row[]): number[] =>
    rows.map((r) => val(f(r)));
/** A level fixed by the isotropic null (the same at every epoch). */
const level =
  (f: (n: Nul) => number) =>
  (rows: Row[], n: Nul): number[] =>
    rows.map(() => f(n));

interface ChartDef {
  id: string;
  title: string;
  help: string;
  series: Series[];
  /** Only epochs where the attack probe ran. */
  attacks?: boolean;
  yRange?: [number, number];
}

const NULL_GREY = '#9e9e9e';
const BAND_GREY = '#d0d0d0';
const SUPPORT = '#e377c2';
const SUPPORT_BAND = '#f4c4e6';
const DASH = [5, 3];
/** The attack probe's modes (unconstrained, on-manifold P_T, off-manifold P_N): the mean's colour, the median's. */
const ATTACK_PROBE_MODES = [
  ['free', '#6a3d9a', '#cab2d6'],
  ['on', '#1b7837', '#a6dba0'],
  ['off', '#d95f02', '#fdb863'],
] as const;
const MEDIAN_NOTE = 'Dark: the mean over the probe digits; light: the median (the table shows it in parentheses).';

/**
 * A ρ chart: mean and median over the probe against both nulls of docs/science.md §4, the
 * isotropic k/n with its Beta 95 % band (grey) and the support-matched one with its mean
 * per-digit 95 % band (pink, dashed), the one to judge against on images.
 */
function rhoChart(
  id: string,
  title: string,
  what: string,
  colors: [string, string],
  attacks: boolean,
  rho: (r: Row) => { mean: number; median: number } | undefined,
  band: (r: Row) => NullBand | undefined,
): ChartDef {
  return {
    id,
    title,
    attacks,
    help:
      `${what} ${MEDIAN_NOTE} Judge it against the support-matched null (pink, dashed: the same vectors' own per-pixel magnitudes with random signs, ` +
      'so pixels held at 0 or 1 stay still), not only the k/n null (grey, a direction spread over all pixels); both with their 95 % bands ' +
      '(docs/science.md §4, the pixel box; README "Which null to judge ρ against"). The DMM predicts ρ falling below the null after clinging.',
    series: [
      { label: 'mean', color: colors[0], values: per((x) => rho(x)?.mean) },
      { label: 'median', color: colors[1], values: per((x) => rho(x)?.median) },
      { label: 'null k/n', color: NULL_GREY, values: level((n) => n.mean) },
      { label: 'k/n 95 %', color: BAND_GREY, values: level((n) => n.lo) },
      { label: 'k/n 97.5 %', color: BAND_GREY, unlisted: true, values: level((n) => n.hi) },
      { label: 'support-matched null', color: SUPPORT, dash: DASH, values: per((x) => band(x)?.mean) },
      { label: 'support-matched 95 %', color: SUPPORT_BAND, dash: DASH, values: per((x) => band(x)?.lo) },
      { label: 'support-matched 97.5 %', color: SUPPORT_BAND, dash: DASH, unlisted: true, values: per((x) => band(x)?.hi) },
    ],
  };
}

const CHARTS: ChartDef[] = [
  {
    id: 'loss',
    title: 'Loss (cross-entropy)',
    help: `Train (running mean): the mean batch loss over each epoch. Train after epoch and test: 1,000 fixed training and test digits after the epoch. ${LOSS_GAP_NOTE}`,
    series: [
      { label: 'train (running mean)', color: '#9ecae1', dash: DASH, values: per((x) => x.trainLoss) },
      { label: 'train after epoch', color: '#1f77b4', values: per((x) => x.trainLossAfter) },
      { label: 'test', color: '#d62728', values: per((x) => x.testLoss) },
    ],
  },
  {
    id: 'accuracy',
    title: 'Accuracy',
    help: 'On 1,000 fixed training and 1,000 fixed test digits, both measured after the epoch.',
    series: [
      { label: 'train', color: '#1f77b4', values: per((x) => x.trainAccuracy) },
      { label: 'test', color: '#d62728', values: per((x) => x.testAccuracy) },
    ],
    yRange: [0, 1],
  },
  rhoChart(
    'rho-grad',
    'ρ_g = |P_T g|²/|g|² (gradient probe)',
    'Tangent share of the margin gradient g at the gradient-probe digits, every epoch.',
    ['#2ca02c', '#98df8a'],
    false,
    (x) => x.rhoGrad,
    (x) => x.gradNull,
  ),
  {
    id: 'flip',
    title: 'L2 to flip (attack probe)',
    help: `Early-stop PGD-L2 (bisected first flip) unconstrained, on-manifold (P_T) and off-manifold (P_N), pixel units, at the epochs the attack probe ran. ${MEDIAN_NOTE}`,
    attacks: true,
    // Every mode's mean (dark), then every mode's median (light).
    series: (['mean', 'median'] as const).flatMap((stat) =>
      ATTACK_PROBE_MODES.map(([mode, dark, light]) => ({
        label: `${mode} ${stat}`,
        color: stat === 'mean' ? dark : light,
        values: per((x) => x.attack?.[mode][stat]),
      })),
    ),
  },
  {
    id: 'ratios',
    title: 'r_on, r_off, r_on⁻² + r_off⁻²',
    help: 'Ratios of mean flip norms (as Experiments A/B). Grey: the null prediction 1/√(k/n) and 1/√(1−k/n); the consistency is 1 under local linearity.',
    attacks: true,
    series: [
      { label: 'r_on', color: '#1b7837', values: per((x) => x.attack?.rOn) },
      { label: 'r_off', color: '#d95f02', values: per((x) => x.attack?.rOff) },
      { label: 'consistency', color: '#555', values: per((x) => x.attack?.consistency) },
      { label: 'null r_on', color: NULL_GREY, values: level((n) => 1 / Math.sqrt(n.mean)) },
      { label: 'null r_off', color: BAND_GREY, values: level((n) => 1 / Math.sqrt(1 - n.mean)) },
    ],
  },
  rhoChart(
    'rho-delta',
    'ρ_δ of the unconstrained δ',
    'Tangent share of the first-flip perturbation δ at the attack-probe digits, at the epochs the attack probe ran.',
    ['#8c564b', '#c49c94'],
    true,
    (x) => x.attack?.rhoDelta,
    (x) => x.attack?.deltaNull,
  ),
];

/**
 * Why a chart has no point: no epoch yet, or (attack charts) no attack-probe pass yet, with
 * the cadence in force (every N epochs, or planned against the metric budget).
 */
export function emptyChartText(attacks: boolean, started: boolean, cadence: string): string {
  if (!started) return 'No run yet: start training to draw it (the init pass at epoch 0 comes first).';
  if (!attacks) return 'No value at the epochs so far; see the readout.';
  return `No attack-probe pass yet${cadence ? ` (${cadence})` : ''}; see the readout.`;
}

function Chart({ def }: { def: ChartDef }) {
  const box = useRef<HTMLDivElement>(null);
  const started = useImageTraining((s) => s.info !== null);
  const cadence = useImageTraining((s) => s.cadence || s.info?.probe.cadence || '');
  const read = useCallback(() => {
    const probe = useImageTraining.getState().info?.probe;
    const nul = { mean: probe?.nullMean ?? NaN, lo: probe?.nullLo ?? NaN, hi: probe?.nullHi ?? NaN };
    const rows = def.attacks ? trainingLive.records.filter((r) => r.attack) : trainingLive.records;
    if (box.current) box.current.dataset.points = String(rows.length);
    return [rows.map((r) => r.epoch), ...def.series.map((s) => s.values(rows, nul))];
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
        points
        empty={emptyChartText(Boolean(def.attacks), started, cadence)}
      />
      <ul className="chart-legend">
        {def.series
          .filter((s) => !s.unlisted)
          .map((s) => (
            <li key={s.label}>
              <i
                style={
                  s.dash
                    ? { background: `repeating-linear-gradient(90deg, ${s.color} 0 5px, transparent 5px 8px)` }
                    : { background: s.color }
                }
              />
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
