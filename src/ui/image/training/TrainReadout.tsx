import { useCallback, useState } from 'react';
import { useImageTraining } from '../../../store/imageTraining';
import { trainingLive, type EpochMetrics } from '../../../store/imageTrainingLive';
import { useTrainingFrame } from './useTrainingFrame';

const f3 = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(3));

/** The numbers at the latest epoch (or the viewed snapshot), and the latest attack-probe pass. */
export function TrainReadout() {
  const viewing = useImageTraining((s) => s.viewing);
  const nul = useImageTraining((s) => s.info?.probe);
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
          <th title="mean (median) over the gradient probe">ρ_g</th>
          <td>
            {f3(r.rhoGrad.mean)} ({f3(r.rhoGrad.median)})
          </td>
          <th>null k/n</th>
          <td>{f3(nul?.nullMean)}</td>
        </tr>
        <tr>
          <th colSpan={4} className="train-readout-sub">
            attack probe at epoch {a?.epoch ?? '–'} ({at?.attacked ?? 0} digits, all three flipped on {at?.complete ?? 0};{' '}
            {at ? at.seconds.toFixed(1) : '–'} s)
          </th>
        </tr>
        <tr>
          <th>L2 free</th>
          <td>
            {f3(at?.free.mean)} ({f3(at?.free.median)})
          </td>
          <th>r_on</th>
          <td>{f3(at?.rOn)}</td>
        </tr>
        <tr>
          <th>L2 on</th>
          <td>
            {f3(at?.on.mean)} ({f3(at?.on.median)})
          </td>
          <th>r_off</th>
          <td>{f3(at?.rOff)}</td>
        </tr>
        <tr>
          <th>L2 off</th>
          <td>
            {f3(at?.off.mean)} ({f3(at?.off.median)})
          </td>
          <th>r_on⁻²+r_off⁻²</th>
          <td>{f3(at?.consistency)}</td>
        </tr>
        <tr>
          <th>ρ_δ</th>
          <td>
            {f3(at?.rhoDelta.mean)} ({f3(at?.rhoDelta.median)})
          </td>
          <th>metric time</th>
          <td>{r.trainSeconds > 0 ? `${((100 * r.metricSeconds) / r.trainSeconds).toFixed(0)} % of training` : '–'}</td>
        </tr>
      </tbody>
    </table>
  );
}
