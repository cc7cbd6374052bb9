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

const SHARE_HELP = (evalCount: number | undefined) =>
  'Seconds in every metric pass so far, the init pass (epoch 0, before the first step) included, over seconds in optimiser steps, both measured in the worker. ' +
  `A pass: loss and accuracy on ${evalCount ?? '–'} test and ${evalCount ?? '–'} training digits, ρ_g and its null on the gradient probe, ` +
  'the live slice (the plane with its three attack paths every epoch, the 3-D grid at the timeline epochs), and the attacks when the cadence below has them. ' +
  'The first run in a page also pays the first calls of this code (compilation) in its init pass.';
const s1 = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)} s` : '–');
/** Where a metric pass spent its time. */
const passParts = (p: EpochMetrics['passSeconds']) =>
  `loss and accuracy ${s1(p.evaluation)} · ρ_g and its null ${s1(p.gradient)} · live slice ${s1(p.slice)} · attacks ${s1(p.attack)}`;

type PassPart = keyof EpochMetrics['passSeconds'];
const PART_NAMES: [PassPart, string][] = [
  ['evaluation', 'loss/accuracy'],
  ['gradient', 'ρ_g'],
  ['slice', 'live slice'],
  ['attack', 'attacks'],
];
/** Each part's seconds summed over the passes up to `r`, as a share of training time, and the init pass's seconds. */
function shareParts(recs: readonly EpochMetrics[], r: EpochMetrics): string {
  const upTo = recs.filter((x) => x.epoch <= r.epoch);
  const part = (k: PassPart) => upTo.reduce((t, x) => t + x.passSeconds[k], 0) / r.trainSeconds;
  const init = upTo.find((x) => x.epoch === 0);
  const initSeconds = init ? Object.values(init.passSeconds).reduce((t, v) => t + v, 0) : NaN;
  return (
    PART_NAMES.map(([k, name]) => `${name} ${(100 * part(k)).toFixed(0)} %`).join(' · ') +
    (Number.isFinite(initSeconds) ? `; the init pass (epoch 0, before any step) took ${initSeconds.toFixed(2)} s of it` : '')
  );
}

/** The numbers at the latest epoch (or the viewed snapshot), the latest attack-probe pass, and what the metrics cost. */
export function TrainReadout() {
  const viewing = useImageTraining((s) => s.viewing);
  const probe = useImageTraining((s) => s.info?.probe);
  const cadence = useImageTraining((s) => s.cadence || s.info?.probe.cadence || '');
  const [rows, setRows] = useState<{ r: EpochMetrics | null; a: EpochMetrics | null; parts: string }>({ r: null, a: null, parts: '' });
  const draw = useCallback(() => {
    const recs = trainingLive.records.filter((x) => viewing === null || x.epoch <= viewing);
    const r = recs[recs.length - 1] ?? null;
    const a = [...recs].reverse().find((x) => x.attack) ?? null;
    setRows({ r, a, parts: r && r.trainSeconds > 0 ? shareParts(recs, r) : '' });
  }, [viewing]);
  useTrainingFrame(draw, [viewing]);
  const { r, a, parts } = rows;
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
          <th title={SHARE_HELP(probe?.evalCount)}>metric time</th>
          <td colSpan={3} data-testid="train-metric-share" data-share={Number.isFinite(share) ? share.toFixed(4) : ''}>
            {Number.isFinite(share)
              ? `${(100 * share).toFixed(0)} % of training (${r.metricSeconds.toFixed(1)} s / ${r.trainSeconds.toFixed(1)} s${probe?.budget ? `; budget ${Math.round(100 * probe.budget)} %` : ''})`
              : `${r.metricSeconds.toFixed(1)} s so far, no training yet`}
          </td>
        </tr>
        {parts && (
          <tr>
            <td colSpan={4} className="train-readout-note" data-testid="train-share-parts">
              Of training time, by part: {parts}
            </td>
          </tr>
        )}
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
