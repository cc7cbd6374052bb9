import { useCallback, useState } from 'react';
import type { NullBand } from '../../../core/experiments/trainingProbe';
import type { Stat } from '../../../core/stats';
import { useImageTraining } from '../../../store/imageTraining';
import { trainingLive, type EpochMetrics } from '../../../store/imageTrainingLive';
import { LOSS_GAP_NOTE } from './lossGapNote';
import { useTrainingFrame } from './useTrainingFrame';

const f3 = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(3));
const MEAN_MEDIAN = 'mean over the probe digits, median in parentheses';
/** "mean (median)" of a statistic. */
const mm = (s: Stat | undefined) => `${f3(s?.mean)} (${f3(s?.median)})`;
/** Both nulls of a ρ: k/n and the support-matched one (docs/science.md §4). */
const nulls = (kn: number | undefined, sm: NullBand | undefined) => `k/n ${f3(kn)} · support ${f3(sm?.mean)}`;
const NULL_HELP =
  'The two nulls of docs/science.md §4: k/n (a direction spread over all pixels) and the support-matched null (the same vectors’ own per-pixel magnitudes with random signs), the fairer one on images, where pixels held at 0 or 1 cannot move. Judge ρ against the support-matched null.';

const s1 = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)} s` : '–');
/** Where a metric pass spent its time. */
const passParts = (p: EpochMetrics['passSeconds']) =>
  `loss and accuracy ${s1(p.evaluation)} · ρ_g and its null ${s1(p.gradient)} · live slice ${s1(p.slice)} · attacks ${s1(p.attack)}`;

/** The numbers at the latest epoch (or the viewed snapshot), the latest attack-probe pass, and what the metrics cost. */
export function TrainReadout() {
  const viewing = useImageTraining((s) => s.viewing);
  const probe = useImageTraining((s) => s.info?.probe);
  const cadence = useImageTraining((s) => s.cadence || s.info?.probe.cadence || '');
  const [rows, setRows] = useState<{ r: EpochMetrics | null; a: EpochMetrics | null }>({ r: null, a: null });
  const draw = useCallback(() => {
    const recs = trainingLive.records.filter((x) => viewing === null || x.epoch <= viewing);
    const r = recs[recs.length - 1] ?? null;
    const a = [...recs].reverse().find((x) => x.attack) ?? null;
    setRows({ r, a });
  }, [viewing]);
  useTrainingFrame(draw, [viewing]);
  const { r, a } = rows;
  if (!r) return null;
  const at = a?.attack;
  const share = r.trainSeconds > 0 ? r.metricSeconds / r.trainSeconds : NaN;
  const flipRows: [string, Stat | undefined, string, number | null | undefined][] = [
    ['L2 free', at?.free, 'r_on', at?.rOn],
    ['L2 on', at?.on, 'r_off', at?.rOff],
    ['L2 off', at?.off, 'r_on⁻²+r_off⁻²', at?.consistency],
  ];
  return (
    <table className="train-readout" data-testid="train-readout">
      <tbody>
        <tr>
          <th>epoch</th>
          <td>{r.epoch}</td>
          <th>test acc</th>
          <td>{(100 * r.testAccuracy).toFixed(1)} %</td>
        </tr>
        <tr>
          <th title="Running mean of the epoch's batch losses / loss on 1,000 fixed training digits after the epoch">train loss</th>
          <td>
            {f3(r.trainLoss)} / {f3(r.trainLossAfter)}
          </td>
          <th>test loss</th>
          <td>{f3(r.testLoss)}</td>
        </tr>
        {r.trainLoss > r.testLoss && (
          <tr>
            <td colSpan={4} className="train-readout-note" data-testid="train-loss-note">
              {LOSS_GAP_NOTE}
            </td>
          </tr>
        )}
        <tr>
          <th colSpan={4} className="train-readout-sub">
            ρ and L2: {MEAN_MEDIAN}
          </th>
        </tr>
        <tr>
          <th title={`ρ_g of the margin gradient on the gradient probe: ${MEAN_MEDIAN}`}>ρ_g</th>
          <td data-testid="train-readout-rho-grad">{mm(r.rhoGrad)}</td>
          <th title={NULL_HELP}>null</th>
          <td data-testid="train-readout-grad-null">{nulls(probe?.nullMean, r.gradNull)}</td>
        </tr>
        <tr>
          <th colSpan={4} className="train-readout-sub">
            {at && a
              ? `attack probe at epoch ${a.epoch} (${at.attacked} digits, all three flipped on ${at.complete}; ${at.seconds.toFixed(1)} s)`
              : 'attack probe: no pass yet (the cadence below says when)'}
          </th>
        </tr>
        {flipRows.map(([label, s, ratio, v]) => (
          <tr key={label}>
            <th title={`Flip norm in pixel units: ${MEAN_MEDIAN}`}>{label}</th>
            <td>{mm(s)}</td>
            <th>{ratio}</th>
            <td>{f3(v)}</td>
          </tr>
        ))}
        <tr>
          <th title={`ρ_δ of the unconstrained first-flip δ: ${MEAN_MEDIAN}`}>ρ_δ</th>
          <td>{mm(at?.rhoDelta)}</td>
          <th title={NULL_HELP}>null</th>
          <td data-testid="train-readout-delta-null">{nulls(probe?.nullMean, at?.deltaNull)}</td>
        </tr>
        <tr>
          <th title="Seconds in metric passes / seconds in optimiser steps, measured in the worker over the run so far">metric time</th>
          <td colSpan={3} data-testid="train-metric-share" data-share={Number.isFinite(share) ? share.toFixed(4) : ''}>
            {Number.isFinite(share)
              ? `${(100 * share).toFixed(0)} % of training (${r.metricSeconds.toFixed(1)} s / ${r.trainSeconds.toFixed(1)} s${probe?.budget ? `; budget ${Math.round(100 * probe.budget)} %` : ''})`
              : `${r.metricSeconds.toFixed(1)} s so far, no training yet`}
          </td>
        </tr>
        <tr>
          <td colSpan={4} className="train-readout-note" data-testid="train-pass-seconds">
            This epoch’s pass: {passParts(r.passSeconds)}
          </td>
        </tr>
        <tr>
          <td colSpan={4} className="train-readout-note" data-testid="train-cadence">
            {cadence}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
